package vn.gov.pressinfo.reporting.assignment;

import vn.gov.pressinfo.reporting.document.Labelled;

import java.util.EnumSet;
import java.util.Set;

/**
 * The states of an assignment and the one place that says which transition is allowed:
 * OPEN → SUBMITTED → (RETURNED → RESUBMITTED)* → ACCEPTED, and OPEN or RETURNED → WITHDRAWN when a reorganisation
 * ends the agency and no successor takes the report. Whether a submission was late is a flag, and OVERDUE is derived
 * (past the deadline and still OPEN), so neither is a state. Each state has the Vietnamese label people read.
 */
public enum AssignmentState implements Labelled {
    /** Asked, not submitted yet (chưa gửi). */
    OPEN("Chưa gửi"),
    /** Submitted for the first time (đã gửi). */
    SUBMITTED("Đã gửi"),
    /** Returned by the department for revision (trả lại để hoàn thiện). */
    RETURNED("Trả lại để hoàn thiện"),
    /** Submitted again after a return. */
    RESUBMITTED("Đã gửi lại"),
    /** Accepted by the department (final). */
    ACCEPTED("Đã tiếp nhận"),
    /**
     * Withdrawn (rút yêu cầu) because a reorganisation ended the agency and no successor takes the report (final): never
     * overdue, never due soon, never counted as not submitted.
     */
    WITHDRAWN("Cơ quan đã giải thể/sáp nhập");

    private final String label;

    AssignmentState(String label) {
        this.label = label;
    }

    /** The Vietnamese label shown in status tables and exports. */
    @Override
    public String label() {
        return label;
    }

    /** The states reachable from this one. */
    public Set<AssignmentState> next() {
        return switch (this) {
            case OPEN -> EnumSet.of(SUBMITTED, WITHDRAWN);
            case SUBMITTED, RESUBMITTED -> EnumSet.of(RETURNED, ACCEPTED);
            case RETURNED -> EnumSet.of(RESUBMITTED, WITHDRAWN);
            case ACCEPTED, WITHDRAWN -> EnumSet.noneOf(AssignmentState.class);
        };
    }

    public boolean canMoveTo(AssignmentState target) {
        return next().contains(target);
    }

    /** The agency may still edit its draft and submit. */
    public boolean awaitsSubmission() {
        return this == OPEN || this == RETURNED;
    }

    /** What a submission from this state leads to. */
    public AssignmentState afterSubmission() {
        return this == RETURNED ? RESUBMITTED : SUBMITTED;
    }
}
