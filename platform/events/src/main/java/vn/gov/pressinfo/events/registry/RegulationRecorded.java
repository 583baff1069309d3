package vn.gov.pressinfo.events.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import vn.gov.pressinfo.events.AgencyScoped;
import vn.gov.pressinfo.events.EventPayload;

/**
 * An agency's spokesperson regulation (quy chế phát ngôn) was recorded or revised.
 *
 * @param agencyId The agency
 * @param agencyName The agency's name
 * @param regulationId Id of the regulation
 * @param decisionNumber Number of the decision issuing the regulation
 * @param decisionDate Date of the decision
 * @param effectiveFrom First day the regulation applies
 * @param recordedAt When recorded (UTC)
 */
public record RegulationRecorded(
        UUID agencyId,
        String agencyName,
        UUID regulationId,
        String decisionNumber,
        LocalDate decisionDate,
        LocalDate effectiveFrom,
        Instant recordedAt) implements EventPayload, AgencyScoped {

    @Override
    public String aggregateId() {
        return agencyId.toString();
    }
}
