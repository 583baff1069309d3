package vn.gov.pressinfo.events.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import vn.gov.pressinfo.events.AgencyScoped;
import vn.gov.pressinfo.events.EventPayload;

/**
 * The press management department accepted a submitted report.
 *
 * @param assignmentId Id of the assignment (one agency's share of a report request)
 * @param requestId The report request (công văn yêu cầu báo cáo)
 * @param agencyId The agency that must report
 * @param agencyName The agency's name (Vietnamese)
 * @param reference Official reference of the request
 * @param subject Subject of the request
 * @param dueDate Submission deadline (hạn gửi báo cáo), business date in Asia/Ho_Chi_Minh
 * @param late The accepted submission was late
 * @param acceptedBy Who accepted it
 * @param acceptedAt When (UTC)
 */
public record ReportAccepted(
        UUID assignmentId,
        UUID requestId,
        UUID agencyId,
        String agencyName,
        String reference,
        String subject,
        LocalDate dueDate,
        boolean late,
        String acceptedBy,
        Instant acceptedAt) implements EventPayload, AgencyScoped {

    @Override
    public String aggregateId() {
        return assignmentId.toString();
    }
}
