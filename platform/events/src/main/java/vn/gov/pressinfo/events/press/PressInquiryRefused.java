package vn.gov.pressinfo.events.press;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import vn.gov.pressinfo.events.AgencyScoped;
import vn.gov.pressinfo.events.EventPayload;

/**
 * An agency refused a press inquiry as a whole (từ chối cung cấp thông tin), citing at least one legal ground of
 * the press law in force that day and a reason.
 *
 * @param inquiryId Id of the press inquiry
 * @param agencyId The agency the inquiry is addressed to (whose clock runs)
 * @param agencyName The agency's name
 * @param outletName The press agency or outlet the journalist works for
 * @param journalistName The journalist who asked
 * @param subject What the inquiry is about
 * @param grounds Codes of the legal grounds cited (refusal_ground of the law in force on the day of refusal)
 * @param groundLabels The grounds as the law in force that day words them (Vietnamese), in the order of grounds
 * @param reason Why the grounds apply
 * @param refusedBy The spokesperson (or head, or authorized spokesperson) who refused, as the registry names them
 * @param refusedAt When the refusal was given (UTC)
 * @param dueDate The answer deadline, pauses for clarification included
 * @param onTime Refused on or before dueDate
 * @param recordedBy Who recorded the refusal (token subject)
 */
public record PressInquiryRefused(
        UUID inquiryId,
        UUID agencyId,
        String agencyName,
        String outletName,
        String journalistName,
        String subject,
        List<String> grounds,
        List<String> groundLabels,
        String reason,
        String refusedBy,
        Instant refusedAt,
        LocalDate dueDate,
        boolean onTime,
        String recordedBy) implements EventPayload, AgencyScoped {

    @Override
    public String aggregateId() {
        return inquiryId.toString();
    }
}
