package vn.gov.pressinfo.events.press;

import java.time.Instant;
import java.util.UUID;

import vn.gov.pressinfo.events.AgencyScoped;
import vn.gov.pressinfo.events.EventPayload;

/**
 * The lead agency of an incident gave no statement by the initial statement deadline (default 24 hours after the
 * event became known). Published once per incident.
 *
 * @param incidentId Id of the incident
 * @param agencyId The lead agency
 * @param agencyName The lead agency's name
 * @param summary What happened
 * @param severity How serious it is
 * @param knownAt When it became known (UTC)
 * @param initialStatementDueAt The missed deadline (UTC)
 * @param detectedAt When the scan found it (UTC)
 */
public record InitialStatementOverdue(
        UUID incidentId,
        UUID agencyId,
        String agencyName,
        String summary,
        String severity,
        Instant knownAt,
        Instant initialStatementDueAt,
        Instant detectedAt) implements EventPayload, AgencyScoped {

    @Override
    public String aggregateId() {
        return incidentId.toString();
    }
}
