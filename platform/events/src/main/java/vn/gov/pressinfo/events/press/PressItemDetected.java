package vn.gov.pressinfo.events.press;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import vn.gov.pressinfo.events.AgencyScoped;
import vn.gov.pressinfo.events.EventPayload;

/**
 * A press item that may carry false information was registered as a case (phát hiện).
 *
 * @param caseId Id of the case (press item)
 * @param agencyId The responsible agency (defaults to the concerned agency)
 * @param agencyName The responsible agency's name
 * @param outletName The press agency or page that published the item
 * @param medium Medium of the outlet
 * @param url Address of the item
 * @param concernedAgencyId The agency the item is about
 * @param outletId The press agency in the registry; null when the outlet is not a registered press agency
 * @param title Title of the item
 * @param topic Topic
 * @param sensitivity Sensitivity
 * @param source Who detected it
 * @param publishedAt When the item was published (UTC)
 * @param verificationDueDate Deadline to verify (5 working days by default)
 * @param detectedBy Who registered it
 * @param detectedAt When registered (UTC)
 */
public record PressItemDetected(
        UUID caseId,
        UUID agencyId,
        String agencyName,
        String outletName,
        String medium,
        String url,
        UUID concernedAgencyId,
        UUID outletId,
        String title,
        String topic,
        String sensitivity,
        String source,
        Instant publishedAt,
        LocalDate verificationDueDate,
        String detectedBy,
        Instant detectedAt) implements EventPayload, AgencyScoped {

    @Override
    public String aggregateId() {
        return caseId.toString();
    }
}
