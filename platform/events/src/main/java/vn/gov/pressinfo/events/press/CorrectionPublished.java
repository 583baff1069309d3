package vn.gov.pressinfo.events.press;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import vn.gov.pressinfo.events.AgencyScoped;
import vn.gov.pressinfo.events.EventPayload;

/**
 * The press agency published a correction (cải chính) of the item.
 *
 * @param caseId Id of the case (press item)
 * @param agencyId The responsible agency (defaults to the concerned agency)
 * @param agencyName The responsible agency's name
 * @param outletName The press agency or page that published the item
 * @param medium Medium of the outlet
 * @param url Address of the item
 * @param correctionUrl Where the correction was published
 * @param publishedOn Date the correction was published
 * @param onTime Published by the correction deadline
 * @param compliant The correction passed every check of the Press Law (names the work, same position and typeface, kept online 7 days, original removed)
 * @param recordedAt When recorded (UTC)
 */
public record CorrectionPublished(
        UUID caseId,
        UUID agencyId,
        String agencyName,
        String outletName,
        String medium,
        String url,
        String correctionUrl,
        LocalDate publishedOn,
        boolean onTime,
        boolean compliant,
        Instant recordedAt) implements EventPayload, AgencyScoped {

    @Override
    public String aggregateId() {
        return caseId.toString();
    }
}
