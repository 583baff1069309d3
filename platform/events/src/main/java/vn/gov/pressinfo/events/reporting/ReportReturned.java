package vn.gov.pressinfo.events.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import vn.gov.pressinfo.events.AgencyScoped;
import vn.gov.pressinfo.events.EventPayload;

/**
 * The press management department returned a submitted report for revision, with comments.
 *
 * @param assignmentId Id of the assignment (one agency's share of a report request)
 * @param requestId The report request (công văn yêu cầu báo cáo)
 * @param agencyId The agency that must report
 * @param agencyName The agency's name (Vietnamese)
 * @param reference Official reference of the request
 * @param subject Subject of the request
 * @param dueDate Submission deadline (hạn gửi báo cáo), business date in Asia/Ho_Chi_Minh
 * @param comment What must be revised
 * @param returnedBy Who returned it
 * @param returnedAt When (UTC)
 */
public record ReportReturned(
        UUID assignmentId,
        UUID requestId,
        UUID agencyId,
        String agencyName,
        String reference,
        String subject,
        LocalDate dueDate,
        String comment,
        String returnedBy,
        Instant returnedAt) implements EventPayload, AgencyScoped {

    @Override
    public String aggregateId() {
        return assignmentId.toString();
    }
}
