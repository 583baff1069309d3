package vn.gov.pressinfo.events.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import vn.gov.pressinfo.events.EventPayload;

/**
 * A reorganisation moved an assignment that still awaited its report to the successor that takes the agency's
 * work ({@code MOVED}), or ended it because no successor does ({@code WITHDRAWN}: never overdue, not counted as
 * not submitted). Published once per assignment and reorganisation.
 *
 * @param assignmentId     the assignment
 * @param requestId        its report request
 * @param reference        official reference of the request
 * @param subject          subject of the request
 * @param outcome          {@code MOVED} or {@code WITHDRAWN}
 * @param fromAgencyId     the agency that was asked
 * @param fromAgencyName   its name
 * @param toAgencyId       the successor that now owes the report; null when WITHDRAWN
 * @param toAgencyName     its name; null when WITHDRAWN
 * @param dueDate          the submission deadline, unchanged by the move
 * @param reorganisationId the reorganisation
 * @param reorganisationReference its legal basis number
 * @param movedAt          when (UTC)
 */
public record ReportAssignmentMoved(
        UUID assignmentId,
        UUID requestId,
        String reference,
        String subject,
        String outcome,
        UUID fromAgencyId,
        String fromAgencyName,
        UUID toAgencyId,
        String toAgencyName,
        LocalDate dueDate,
        UUID reorganisationId,
        String reorganisationReference,
        Instant movedAt) implements EventPayload {

    @Override
    public String aggregateId() {
        return assignmentId.toString();
    }
}
