package vn.gov.pressinfo.pressresponse.incident;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.pressinfo.web.list.Rows;

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

    /**
     * The columns {@link #of(Rows, Instant)} reads, from table {@code incident i}, with the time of the lead's first
     * statement about the incident (by the statement_incident index), from which its status is derived.
     */
    static final String COLUMNS = "i.id, i.summary, i.severity, i.occurred_at, i.known_at, i.lead_agency_id, i.lead_agency_name, "
            + "i.awaiting_reassignment, i.coordinating_agency_ids, i.initial_statement_due_at, i.deadline_basis, i.overdue_notified_at, "
            + "i.registered_at, i.registered_by, i.version, (SELECT min(s.issued_at) FROM statement s WHERE s.incident_id = i.id "
            + "AND s.agency_id = i.lead_agency_id) AS first_statement_at";

    /** The incident as clients see it at {@code now}. */
    static IncidentResponse of(Rows r, Instant now) throws SQLException {
        Instant due = r.instant("initial_statement_due_at");
        Instant first = r.instant("first_statement_at");
        boolean inTime = first != null && !first.isAfter(due);
        IncidentStatus status = IncidentStatus.at(inTime, due, now, () -> first != null && !first.isAfter(now));
        Array coordinating = r.resultSet().getArray("coordinating_agency_ids");
        return new IncidentResponse(r.uuid("id"), r.string("summary"), r.enumOf(IncidentSeverity.class, "severity"), r.instant("occurred_at"),
                r.instant("known_at"), r.uuid("lead_agency_id"), r.string("lead_agency_name"), r.bool("awaiting_reassignment"),
                coordinating == null ? List.of() : List.of((UUID[]) coordinating.getArray()), due, r.string("deadline_basis"), inTime,
                status, r.instant("overdue_notified_at"), r.instant("registered_at"), r.string("registered_by"), r.int8("version"));
    }

    static IncidentResponse of(Incident i, boolean inTime, IncidentStatus status) {
        return new IncidentResponse(i.id, i.summary, i.severity, i.occurredAt, i.knownAt, i.leadAgencyId, i.leadAgencyName, i.awaitingReassignment,
                List.of(i.coordinatingAgencyIds), i.initialStatementDueAt, i.deadlineBasis, inTime, status, i.overdueNotifiedAt,
                i.registeredAt, i.registeredBy, i.version);
    }
}
