package vn.gov.pressinfo.pressresponse.incident;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An incident as clients see it, with the derived state of its initial statement. */
@Schema(name = "Incident", description = "An unexpected or serious event, its lead agency's initial statement deadline and whether it "
        + "was met (derived from the statements recorded).")
public record IncidentResponse(
        UUID id,
        @Schema(example = "Sạt lở bờ sông Cái Lớn làm sập 5 căn nhà tại xã Vĩnh Hòa Hiệp", maxLength = 2000) String summary,
        @Schema(example = "VERY_SERIOUS") IncidentSeverity severity,
        @Schema(example = "2026-11-23T20:30:00Z") Instant occurredAt,
        @Schema(example = "2026-11-23T22:00:00Z") Instant knownAt,
        UUID leadAgencyId,
        @Schema(example = "Sở Nông nghiệp và Môi trường", maxLength = 300) String leadAgencyName,
        @Schema(description = "A reorganisation left the lead without a successor taking its work: the incident went back to the "
                + "press management department (leadAgency) and waits until press-admin names another lead (chờ Sở giao lại).",
                example = "false") boolean awaitingReassignment,
        @Schema(maxItems = 20) List<UUID> coordinatingAgencyIds,
        @Schema(description = "When the lead's initial statement is due (UTC).", example = "2026-11-24T22:00:00Z") Instant initialStatementDueAt,
        @Schema(description = "The legal basis of the deadline rule or agency override applied.", maxLength = 1000) String deadlineBasis,
        @Schema(description = "Whether the lead agency spoke about the incident by the deadline.") boolean statementInTime,
        @Schema(example = "AWAITING_STATEMENT") IncidentStatus status,
        @Schema(description = "When InitialStatementOverdue went out, if it did.") Instant overdueNotifiedAt,
        Instant registeredAt,
        @Schema(maxLength = 255) String registeredBy,
        @Schema(example = "0", minimum = "0", maximum = "9223372036854775807") long version) {

    static IncidentResponse of(Incident i, boolean inTime, IncidentStatus status) {
        return new IncidentResponse(i.id, i.summary, i.severity, i.occurredAt, i.knownAt, i.leadAgencyId, i.leadAgencyName, i.awaitingReassignment,
                List.of(i.coordinatingAgencyIds), i.initialStatementDueAt, i.deadlineBasis, inTime, status, i.overdueNotifiedAt,
                i.registeredAt, i.registeredBy, i.version);
    }
}
