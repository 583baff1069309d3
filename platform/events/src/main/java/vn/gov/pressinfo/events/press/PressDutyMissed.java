package vn.gov.pressinfo.events.press;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import vn.gov.pressinfo.events.AgencyScoped;
import vn.gov.pressinfo.events.EventPayload;

/**
 * A periodic duty to inform the press (e.g. the provincial People's Committee informs the press monthly and
 * holds a press conference each quarter) was not met in a closed period. Published once per duty and period.
 *
 * @param dutyId Id of the periodic duty rule
 * @param agencyId The agency that owes the duty
 * @param agencyName The agency's name
 * @param dutyName The duty, in Vietnamese
 * @param legalBasis Where the duty comes from
 * @param forms Statement forms that meet the duty
 * @param periodLabel The closed period, e.g. 2026-11 or 2026-Q3
 * @param periodStart First day of the period
 * @param periodEnd Last day of the period
 * @param detectedAt When the check found it (UTC)
 */
public record PressDutyMissed(
        UUID dutyId,
        UUID agencyId,
        String agencyName,
        String dutyName,
        String legalBasis,
        List<String> forms,
        String periodLabel,
        LocalDate periodStart,
        LocalDate periodEnd,
        Instant detectedAt) implements EventPayload, AgencyScoped {

    @Override
    public String aggregateId() {
        return dutyId.toString();
    }
}
