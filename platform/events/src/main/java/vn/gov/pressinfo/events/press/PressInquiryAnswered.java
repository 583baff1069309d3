package vn.gov.pressinfo.events.press;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import vn.gov.pressinfo.events.AgencyScoped;
import vn.gov.pressinfo.events.EventPayload;

/**
 * An agency answered a press inquiry, wholly (ANSWERED) or in part with the other questions refused on legal
 * grounds (PARTIALLY_ANSWERED), through one of the six forms of Decree 09/2017 Art. 4.
 *
 * @param inquiryId Id of the press inquiry
 * @param agencyId The agency the inquiry is addressed to (whose clock runs)
 * @param agencyName The agency's name
 * @param outletName The press agency or outlet the journalist works for
 * @param journalistName The journalist who asked
 * @param subject What the inquiry is about
 * @param outcome ANSWERED or PARTIALLY_ANSWERED
 * @param form The form of providing information used
 * @param answeredBy The spokesperson (or head, or authorized spokesperson) who gave the answer, as the registry names them
 * @param answeredAt When the answer was given (UTC)
 * @param receivedAt When the inquiry was received (UTC)
 * @param dueDate The answer deadline, pauses for clarification included
 * @param onTime Answered on or before dueDate
 * @param refusedQuestions Questions refused on legal grounds (0 when ANSWERED)
 * @param recordedBy Who recorded the answer (token subject)
 */
public record PressInquiryAnswered(
        UUID inquiryId,
        UUID agencyId,
        String agencyName,
        String outletName,
        String journalistName,
        String subject,
        String outcome,
        String form,
        String answeredBy,
        Instant answeredAt,
        Instant receivedAt,
        LocalDate dueDate,
        boolean onTime,
        int refusedQuestions,
        String recordedBy) implements EventPayload, AgencyScoped {

    @Override
    public String aggregateId() {
        return inquiryId.toString();
    }
}
