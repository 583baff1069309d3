package vn.gov.pressinfo.events.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import vn.gov.pressinfo.events.AgencyScoped;
import vn.gov.pressinfo.events.EventPayload;

/**
 * An assignment is due within a few working days and has not been submitted yet. Published once per assignment.
 *
 * @param assignmentId Id of the assignment (one agency's share of a report request)
 * @param requestId The report request (công văn yêu cầu báo cáo)
 * @param agencyId The agency that must report
 * @param agencyName The agency's name (Vietnamese)
 * @param reference Official reference of the request
 * @param subject Subject of the request
 * @param dueDate Submission deadline (hạn gửi báo cáo), business date in Asia/Ho_Chi_Minh
 * @param workingDaysLeft Working days left before the deadline
 * @param noticedAt When the scheduler noticed (UTC)
 */
public record ReportDueSoon(
        UUID assignmentId,
        UUID requestId,
        UUID agencyId,
        String agencyName,
        String reference,
        String subject,
        LocalDate dueDate,
        int workingDaysLeft,
        Instant noticedAt) implements EventPayload, AgencyScoped {

    @Override
    public String aggregateId() {
        return assignmentId.toString();
    }
}
