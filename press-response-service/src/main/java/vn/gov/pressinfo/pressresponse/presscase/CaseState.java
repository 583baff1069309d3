package vn.gov.pressinfo.pressresponse.presscase;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import vn.gov.pressinfo.pressresponse.document.Labelled;

/**
 * The states of a case and the one table of allowed transitions (DOMAIN §4):
 * DETECTED → ASSIGNED → VERIFYING → either ACCURATE (REMEDYING → REMEDIED → CLOSED) or false information
 * (FLAGGED → RESPONSE_DRAFTED → RESPONSE_APPROVED → AWAITING_CORRECTION, i.e. the rebuttal was sent →
 * CORRECTED, or NOT_CORRECTED → ESCALATED → CLOSED). A case may be closed (withdrawn) before its verdict.
 */
public enum CaseState implements Labelled {
    DETECTED("Mới phát hiện"),
    ASSIGNED("Đã giao xử lý"),
    VERIFYING("Đang xác minh"),
    REMEDYING("Đang khắc phục"),
    REMEDIED("Đã khắc phục"),
    FLAGGED("Xác định thông tin sai sự thật"),
    RESPONSE_DRAFTED("Đã dự thảo văn bản phản hồi"),
    RESPONSE_APPROVED("Văn bản phản hồi đã được duyệt"),
    AWAITING_CORRECTION("Đã gửi văn bản, chờ cải chính"),
    CORRECTED("Đã cải chính"),
    NOT_CORRECTED("Quá hạn chưa cải chính"),
    ESCALATED("Đã kiến nghị xử lý"),
    CLOSED("Đã kết thúc");

    private final String label;

    CaseState(String label) {
        this.label = label;
    }

    /** The label in Vietnamese, as documents and exports show it. */
    @Override
    public String label() {
        return label;
    }

    private static final Map<CaseState, Set<CaseState>> ALLOWED = new EnumMap<>(CaseState.class);

    static {
        ALLOWED.put(DETECTED, EnumSet.of(ASSIGNED, CLOSED));
        ALLOWED.put(ASSIGNED, EnumSet.of(VERIFYING, CLOSED));
        ALLOWED.put(VERIFYING, EnumSet.of(REMEDYING, FLAGGED, CLOSED));
        ALLOWED.put(REMEDYING, EnumSet.of(REMEDIED));
        ALLOWED.put(REMEDIED, EnumSet.of(CLOSED));
        ALLOWED.put(FLAGGED, EnumSet.of(RESPONSE_DRAFTED));
        // A draft may be revised (RESPONSE_DRAFTED again) until it is approved.
        ALLOWED.put(RESPONSE_DRAFTED, EnumSet.of(RESPONSE_DRAFTED, RESPONSE_APPROVED));
        ALLOWED.put(RESPONSE_APPROVED, EnumSet.of(AWAITING_CORRECTION));
        ALLOWED.put(AWAITING_CORRECTION, EnumSet.of(CORRECTED, NOT_CORRECTED));
        // A correction published after the deadline still counts as obtained.
        ALLOWED.put(NOT_CORRECTED, EnumSet.of(CORRECTED, ESCALATED));
        ALLOWED.put(CORRECTED, EnumSet.of(CLOSED));
        ALLOWED.put(ESCALATED, EnumSet.of(CLOSED));
        ALLOWED.put(CLOSED, EnumSet.noneOf(CaseState.class));
    }

    /** The states this one may move to. */
    public Set<CaseState> next() {
        return ALLOWED.get(this);
    }

    public boolean allows(CaseState target) {
        return ALLOWED.get(this).contains(target);
    }

    /** States in which the responsible agency may still be changed (before a verdict). */
    public boolean assignable() {
        return this == DETECTED || this == ASSIGNED || this == VERIFYING;
    }

    /**
     * Whether the responsible agency may change: before the verdict; or, for a case a reorganisation returned to the
     * department (awaiting reassignment), in any open state, the state being kept.
     */
    public boolean assignable(boolean awaitingReassignment) {
        return assignable() || awaitingReassignment && open();
    }

    public boolean open() {
        return this != CLOSED;
    }
}
