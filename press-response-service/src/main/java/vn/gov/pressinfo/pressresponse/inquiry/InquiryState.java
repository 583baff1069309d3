package vn.gov.pressinfo.pressresponse.inquiry;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import vn.gov.pressinfo.pressresponse.document.Labelled;

/**
 * The states of a press inquiry and the one table of allowed transitions (DOMAIN §3): RECEIVED → ASSIGNED (to a
 * person who may speak for the agency) → ANSWERED | PARTIALLY_ANSWERED | REFUSED, or TRANSFERRED to the competent
 * agency, or WITHDRAWN by the journalist → CLOSED. CLARIFICATION_REQUESTED pauses the clock until the journalist
 * clarifies, which returns the inquiry to where it was. OVERDUE and VERY_OVERDUE are not states: they are derived
 * from the clock ({@link InquiryClock}).
 */
public enum InquiryState implements Labelled {
    RECEIVED("Đã tiếp nhận"),
    ASSIGNED("Đã giao người phát ngôn"),
    CLARIFICATION_REQUESTED("Đề nghị phóng viên làm rõ"),
    ANSWERED("Đã cung cấp thông tin"),
    PARTIALLY_ANSWERED("Đã cung cấp một phần"),
    REFUSED("Từ chối cung cấp thông tin"),
    TRANSFERRED("Đã chuyển cơ quan có thẩm quyền"),
    WITHDRAWN("Phóng viên rút yêu cầu"),
    CLOSED("Đã kết thúc");

    private final String label;

    InquiryState(String label) {
        this.label = label;
    }

    /** The label in Vietnamese, as documents and exports show it. */
    @Override
    public String label() {
        return label;
    }

    private static final Map<InquiryState, Set<InquiryState>> ALLOWED = new EnumMap<>(InquiryState.class);

    static {
        ALLOWED.put(RECEIVED, EnumSet.of(ASSIGNED, CLARIFICATION_REQUESTED, TRANSFERRED, WITHDRAWN));
        // ASSIGNED → ASSIGNED is a reassignment to another spokesperson.
        ALLOWED.put(ASSIGNED, EnumSet.of(ASSIGNED, CLARIFICATION_REQUESTED, ANSWERED, PARTIALLY_ANSWERED, REFUSED, TRANSFERRED, WITHDRAWN));
        // The clarification brings the inquiry back to RECEIVED or ASSIGNED, whichever it was in.
        ALLOWED.put(CLARIFICATION_REQUESTED, EnumSet.of(RECEIVED, ASSIGNED, WITHDRAWN));
        ALLOWED.put(ANSWERED, EnumSet.of(CLOSED));
        ALLOWED.put(PARTIALLY_ANSWERED, EnumSet.of(CLOSED));
        ALLOWED.put(REFUSED, EnumSet.of(CLOSED));
        ALLOWED.put(TRANSFERRED, EnumSet.of(CLOSED));
        ALLOWED.put(WITHDRAWN, EnumSet.of(CLOSED));
        ALLOWED.put(CLOSED, EnumSet.noneOf(InquiryState.class));
    }

    /** The states this one may move to. */
    public Set<InquiryState> next() {
        return ALLOWED.get(this);
    }

    public boolean allows(InquiryState target) {
        return ALLOWED.get(this).contains(target);
    }

    /**
     * The agency still owes the journalist a response (RECEIVED, ASSIGNED, CLARIFICATION_REQUESTED): such an inquiry moves
     * with a reorganisation. Once answered, refused, transferred or withdrawn it stays with the agency that responded.
     */
    public boolean open() {
        return this == RECEIVED || this == ASSIGNED || this == CLARIFICATION_REQUESTED;
    }

    /** The states of {@link #open()}. */
    public static java.util.List<InquiryState> openStates() {
        return java.util.Arrays.stream(values()).filter(InquiryState::open).toList();
    }

    /** Awaiting the agency: its clock runs (RECEIVED, ASSIGNED). */
    public boolean clockRuns() {
        return this == RECEIVED || this == ASSIGNED;
    }
}
