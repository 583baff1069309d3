package vn.gov.pressinfo.events.press;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import vn.gov.pressinfo.events.AgencyScoped;
import vn.gov.pressinfo.events.EventPayload;

/**
 * A press inquiry passed a deadline without an answer: published once when it becomes OVERDUE and once when it
 * becomes VERY_OVERDUE (chậm cung cấp thông tin).
 *
 * @param inquiryId Id of the press inquiry
 * @param agencyId The agency the inquiry is addressed to (whose clock runs)
 * @param agencyName The agency's name
 * @param outletName The press agency or outlet the journalist works for
 * @param journalistName The journalist who asked
 * @param subject What the inquiry is about
 * @param level Which deadline passed
 * @param receivedAt When the inquiry was received (UTC)
 * @param dueDate The deadline that passed: the answer deadline for OVERDUE, the very-overdue date for VERY_OVERDUE
 * @param detectedAt When the deadline scan found it (UTC)
 */
public record PressInquiryOverdue(
        UUID inquiryId,
        UUID agencyId,
        String agencyName,
        String outletName,
        String journalistName,
        String subject,
        String level,
        Instant receivedAt,
        LocalDate dueDate,
        Instant detectedAt) implements EventPayload, AgencyScoped {

    @Override
    public String aggregateId() {
        return inquiryId.toString();
    }
}
