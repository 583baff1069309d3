package vn.gov.pressinfo.events.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import vn.gov.pressinfo.events.AgencyScoped;
import vn.gov.pressinfo.events.EventPayload;

/**
 * An agency submitted (or resubmitted) its report. Late submissions are accepted and marked late.
 *
 * @param assignmentId Id of the assignment (one agency's share of a report request)
 * @param requestId The report request (công văn yêu cầu báo cáo)
 * @param agencyId The agency that must report
 * @param agencyName The agency's name (Vietnamese)
 * @param reference Official reference of the request
 * @param subject Subject of the request
 * @param dueDate Submission deadline (hạn gửi báo cáo), business date in Asia/Ho_Chi_Minh
 * @param revision 1 for the first submission, 2 for the first resubmission after a return, …
 * @param late Submitted after the deadline
 * @param submittedBy Who submitted
 * @param submittedAt When (UTC)
 */
public record ReportSubmitted(
        UUID assignmentId,
        UUID requestId,
        UUID agencyId,
        String agencyName,
        String reference,
        String subject,
        LocalDate dueDate,
        int revision,
        boolean late,
        String submittedBy,
        Instant submittedAt) implements EventPayload, AgencyScoped {

    @Override
    public String aggregateId() {
        return assignmentId.toString();
    }
}
