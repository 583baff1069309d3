package vn.gov.pressinfo.reporting.assignment;

import java.util.EnumSet;
import java.util.Set;

/**
 * The states of an assignment and the one place that says which transition is allowed:
 * OPEN → SUBMITTED → (RETURNED → RESUBMITTED)* → ACCEPTED. Whether a submission was late is a flag, and
 * OVERDUE is derived (past the deadline and still OPEN), so neither is a state.
 */
public enum AssignmentState {
    /** Asked, not submitted yet (chưa gửi). */
    OPEN,
    /** Submitted for the first time (đã gửi). */
    SUBMITTED,
    /** Returned by the department for revision (trả lại để hoàn thiện). */
    RETURNED,
    /** Submitted again after a return. */
    RESUBMITTED,
    /** Accepted by the department (final). */
    ACCEPTED;

    /** The states reachable from this one. */
    public Set<AssignmentState> next() {
        return switch (this) {
            case OPEN -> EnumSet.of(SUBMITTED);
            case SUBMITTED, RESUBMITTED -> EnumSet.of(RETURNED, ACCEPTED);
            case RETURNED -> EnumSet.of(RESUBMITTED);
            case ACCEPTED -> EnumSet.noneOf(AssignmentState.class);
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
