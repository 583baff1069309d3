package vn.gov.pressinfo.events.press;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import vn.gov.pressinfo.events.AgencyScoped;
import vn.gov.pressinfo.events.EventPayload;

/**
 * An unexpected or serious event (vụ việc đột xuất, bất thường) was registered with its lead agency, which owes
 * an initial statement to the press by initialStatementDueAt.
 *
 * @param incidentId Id of the incident
 * @param agencyId The lead agency (chủ trì), which owes the initial statement
 * @param agencyName The lead agency's name
 * @param coordinatingAgencyIds The coordinating agencies (phối hợp); may be empty
 * @param summary What happened
 * @param severity How serious it is
 * @param knownAt When the event became known (UTC); the initial statement deadline runs from it
 * @param initialStatementDueAt When the initial statement is due (UTC)
 * @param registeredBy Who registered it (token subject)
 * @param registeredAt When (UTC)
 */
public record IncidentRegistered(
        UUID incidentId,
        UUID agencyId,
        String agencyName,
        List<String> coordinatingAgencyIds,
        String summary,
        String severity,
        Instant knownAt,
        Instant initialStatementDueAt,
        String registeredBy,
        Instant registeredAt) implements EventPayload, AgencyScoped {

    @Override
    public String aggregateId() {
        return incidentId.toString();
    }
}
