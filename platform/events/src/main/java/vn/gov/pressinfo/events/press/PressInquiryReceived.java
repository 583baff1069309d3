package vn.gov.pressinfo.events.press;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import vn.gov.pressinfo.events.AgencyScoped;
import vn.gov.pressinfo.events.EventPayload;

/**
 * A journalist's request for information (yêu cầu cung cấp thông tin của báo chí) was registered for an agency;
 * its legal clock runs from receivedAt in working days.
 *
 * @param inquiryId Id of the press inquiry
 * @param agencyId The agency the inquiry is addressed to (whose clock runs)
 * @param agencyName The agency's name
 * @param outletName The press agency or outlet the journalist works for
 * @param journalistName The journalist who asked
 * @param subject What the inquiry is about
 * @param pressAgencyId The press agency in the registry; null when the outlet is not a registered press agency
 * @param pressCardNumber The press card shown; null when the journalist came with a letter of introduction
 * @param pressCardStatus The card as the registry knew it at intake; NOT_PRESENTED with a letter of introduction. SUSPENDED, REVOKED and UNKNOWN are flagged, not refused
 * @param flagged The credential needs a second look (card unknown, suspended or revoked, or neither card nor letter)
 * @param channel How the inquiry arrived
 * @param questionCount How many questions it asks
 * @param receivedAt When the agency received it (UTC); the clock runs from this day
 * @param dueDate Last day to answer before it is OVERDUE (Asia/Ho_Chi_Minh, working days)
 * @param veryOverdueDate Last day before it is VERY_OVERDUE
 * @param transferredFromInquiryId The inquiry of another agency this one was transferred from; null for a new inquiry
 * @param registeredBy Who registered it (token subject)
 * @param registeredAt When it was registered (UTC)
 */
public record PressInquiryReceived(
        UUID inquiryId,
        UUID agencyId,
        String agencyName,
        String outletName,
        String journalistName,
        String subject,
        UUID pressAgencyId,
        String pressCardNumber,
        String pressCardStatus,
        boolean flagged,
        String channel,
        int questionCount,
        Instant receivedAt,
        LocalDate dueDate,
        LocalDate veryOverdueDate,
        UUID transferredFromInquiryId,
        String registeredBy,
        Instant registeredAt) implements EventPayload, AgencyScoped {

    @Override
    public String aggregateId() {
        return inquiryId.toString();
    }
}
