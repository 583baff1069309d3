package vn.gov.pressinfo.events.press;

import java.time.Instant;
import java.util.UUID;

import vn.gov.pressinfo.events.AgencyScoped;
import vn.gov.pressinfo.events.EventPayload;

/**
 * The correction deadline passed without a published correction (không cải chính). Published exactly once per
 * case; the case may be escalated.
 *
 * @param caseId Id of the case (press item)
 * @param agencyId The responsible agency (defaults to the concerned agency)
 * @param agencyName The responsible agency's name
 * @param outletName The press agency or page that published the item
 * @param medium Medium of the outlet
 * @param url Address of the item
 * @param correctionDueAt The missed deadline (UTC)
 * @param detectedAt When the scheduler detected it (UTC)
 */
public record CorrectionOverdue(
        UUID caseId,
        UUID agencyId,
        String agencyName,
        String outletName,
        String medium,
        String url,
        Instant correctionDueAt,
        Instant detectedAt) implements EventPayload, AgencyScoped {

    @Override
    public String aggregateId() {
        return caseId.toString();
    }
}
