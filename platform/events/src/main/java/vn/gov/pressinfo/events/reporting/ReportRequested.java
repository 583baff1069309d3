package vn.gov.pressinfo.events.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import vn.gov.pressinfo.events.AgencyScoped;
import vn.gov.pressinfo.events.EventPayload;

/**
 * The press management department asked agencies for a report (công văn yêu cầu báo cáo); one assignment was
 * created per target agency.
 *
 * @param requestId Id of the report request
 * @param reference Official reference
 * @param issuedOn Date of the request document
 * @param subject Subject
 * @param regimeCode Code of the reporting regime; null when the request is ad hoc
 * @param periodStart First day of the reporting period (data cut-off start); null when the request has no period
 * @param periodEnd Last day of the reporting period (data cut-off end); null when the request has no period
 * @param dueDate Submission deadline
 * @param agencyIds The agencies asked to report, one assignment each
 * @param requestedBy Who created the request
 * @param requestedAt When the request was recorded (UTC)
 */
public record ReportRequested(
        UUID requestId,
        String reference,
        LocalDate issuedOn,
        String subject,
        String regimeCode,
        LocalDate periodStart,
        LocalDate periodEnd,
        LocalDate dueDate,
        List<UUID> agencyIds,
        String requestedBy,
        Instant requestedAt) implements EventPayload, AgencyScoped {

    @Override
    public String aggregateId() {
        return requestId.toString();
    }

    /** None: a request concerns every agency of {@link #agencyIds()}. */
    @Override
    public UUID agencyId() {
        return null;
    }

    public ReportRequested {
        agencyIds = agencyIds == null ? List.of() : List.copyOf(agencyIds);
    }
}
