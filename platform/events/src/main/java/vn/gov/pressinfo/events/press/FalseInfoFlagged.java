package vn.gov.pressinfo.events.press;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import vn.gov.pressinfo.events.AgencyScoped;
import vn.gov.pressinfo.events.EventPayload;

/**
 * Verification found the item inaccurate, false or misleading (thông tin sai sự thật): the responsible agency
 * must send a rebuttal to the press agency.
 *
 * @param caseId Id of the case (press item)
 * @param agencyId The responsible agency (defaults to the concerned agency)
 * @param agencyName The responsible agency's name
 * @param outletName The press agency or page that published the item
 * @param medium Medium of the outlet
 * @param url Address of the item
 * @param outletId The press agency in the registry; null when the outlet is not a registered press agency
 * @param title Title of the item
 * @param topic Topic
 * @param sensitivity Sensitivity
 * @param verdict INACCURATE, FALSE or MISLEADING
 * @param responseDueDate Deadline to send the rebuttal
 * @param flaggedBy Who recorded the verdict
 * @param flaggedAt When (UTC)
 */
public record FalseInfoFlagged(
        UUID caseId,
        UUID agencyId,
        String agencyName,
        String outletName,
        String medium,
        String url,
        UUID outletId,
        String title,
        String topic,
        String sensitivity,
        String verdict,
        LocalDate responseDueDate,
        String flaggedBy,
        Instant flaggedAt) implements EventPayload, AgencyScoped {

    @Override
    public String aggregateId() {
        return caseId.toString();
    }
}
