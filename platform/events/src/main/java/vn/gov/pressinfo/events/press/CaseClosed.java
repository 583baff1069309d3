package vn.gov.pressinfo.events.press;

import java.time.Instant;
import java.util.UUID;

import vn.gov.pressinfo.events.AgencyScoped;
import vn.gov.pressinfo.events.EventPayload;

/**
 * A case was closed with an outcome.
 *
 * @param caseId Id of the case (press item)
 * @param agencyId The responsible agency (defaults to the concerned agency)
 * @param agencyName The responsible agency's name
 * @param outletName The press agency or page that published the item
 * @param medium Medium of the outlet
 * @param url Address of the item
 * @param verdict The verdict; null when the case was closed before a verdict
 * @param outcome How it ended
 * @param closedBy Who closed it
 * @param closedAt When (UTC)
 */
public record CaseClosed(
        UUID caseId,
        UUID agencyId,
        String agencyName,
        String outletName,
        String medium,
        String url,
        String verdict,
        String outcome,
        String closedBy,
        Instant closedAt) implements EventPayload, AgencyScoped {

    @Override
    public String aggregateId() {
        return caseId.toString();
    }
}
