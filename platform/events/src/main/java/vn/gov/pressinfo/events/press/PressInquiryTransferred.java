package vn.gov.pressinfo.events.press;

import java.time.Instant;
import java.util.UUID;

import vn.gov.pressinfo.events.AgencyScoped;
import vn.gov.pressinfo.events.EventPayload;

/**
 * A press inquiry was transferred to the competent agency (chuyển cơ quan có thẩm quyền); the receiving agency
 * gets a new inquiry whose clock starts anew on the day of transfer.
 *
 * @param inquiryId Id of the press inquiry
 * @param agencyId The agency the inquiry is addressed to (whose clock runs)
 * @param agencyName The agency's name
 * @param outletName The press agency or outlet the journalist works for
 * @param journalistName The journalist who asked
 * @param subject What the inquiry is about
 * @param toAgencyId The competent agency that now answers
 * @param toAgencyName The competent agency's name
 * @param newInquiryId The receiving agency's inquiry
 * @param reason Why the other agency is competent
 * @param transferredBy Who transferred it (token subject)
 * @param transferredAt When (UTC)
 */
public record PressInquiryTransferred(
        UUID inquiryId,
        UUID agencyId,
        String agencyName,
        String outletName,
        String journalistName,
        String subject,
        UUID toAgencyId,
        String toAgencyName,
        UUID newInquiryId,
        String reason,
        String transferredBy,
        Instant transferredAt) implements EventPayload, AgencyScoped {

    @Override
    public String aggregateId() {
        return inquiryId.toString();
    }
}
