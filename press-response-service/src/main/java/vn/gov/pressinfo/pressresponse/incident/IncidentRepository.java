package vn.gov.pressinfo.pressresponse.incident;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import vn.gov.pressinfo.web.Page;
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.list.ListQuery;
import vn.gov.pressinfo.web.list.SortKey;

@ApplicationScoped
public class IncidentRepository implements PanacheRepositoryBase<Incident, UUID> {

    /** The statement of the lead agency about the incident that meets the deadline (SQL, shared by list and scan). */
    private static final String SPOKE_IN_TIME = "EXISTS (SELECT 1 FROM statement s WHERE s.incident_id = i.id "
            + "AND s.agency_id = i.lead_agency_id AND s.issued_at <= i.initial_statement_due_at)";

    /** The lead has issued no statement about the incident (SQL): the incident is still open for it. */
    private static final String NOT_SPOKEN = "NOT EXISTS (SELECT 1 FROM statement s WHERE s.incident_id = i.id "
            + "AND s.agency_id = i.lead_agency_id)";

    private final AgroalDataSource dataSource;

    public IncidentRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The incidents {@code agencyId} leads and has not spoken about yet, locked for the rest of the transaction. */
    @SuppressWarnings("unchecked")
    public List<Incident> lockOpenLedBy(UUID agencyId) {
        return getEntityManager().createNativeQuery("SELECT i.* FROM incident i WHERE i.lead_agency_id = :agency AND " + NOT_SPOKEN
                        + " ORDER BY i.known_at, i.id FOR UPDATE OF i", Incident.class)
                .setParameter("agency", agencyId)
                .getResultList();
    }

    /** The incidents {@code agencyId} coordinates whose lead has not spoken yet, locked for the rest of the transaction. */
    @SuppressWarnings("unchecked")
    public List<Incident> lockOpenCoordinatedBy(UUID agencyId) {
        return getEntityManager().createNativeQuery("SELECT i.* FROM incident i WHERE :agency = ANY (i.coordinating_agency_ids) AND "
                        + NOT_SPOKEN + " ORDER BY i.known_at, i.id FOR UPDATE OF i", Incident.class)
                .setParameter("agency", agencyId)
                .getResultList();
    }

    /**
     * One page of incidents, latest known first, as clients see them at {@code now} (ListQuery: projection, total in the
     * same statement, keyset cursor). {@code agencyId} matches the lead or a coordinating agency; {@code overdue} true
     * keeps incidents whose deadline passed ({@code now}) without a statement of the lead by it, false the others;
     * {@code awaitingReassignment} keeps those returned to the department (true) or the others (false).
     */
    public Page<IncidentResponse> page(UUID agencyId, Boolean overdue, Boolean awaitingReassignment, Instant now, PageRequest page) {
        ListQuery<IncidentResponse> list = ListQuery.select(IncidentResponse.COLUMNS, "incident i", r -> IncidentResponse.of(r, now));
        if (agencyId != null) {
            list = list.where("(i.lead_agency_id = ? OR ? = ANY (i.coordinating_agency_ids))", agencyId, agencyId);
        }
        if (overdue != null) {
            String late = "(i.initial_statement_due_at < ? AND NOT " + SPOKE_IN_TIME + ")";
            list = list.where(overdue ? late : "NOT " + late, now);
        }
        if (awaitingReassignment != null) {
            // literal, not a parameter: the partial index (WHERE awaiting_reassignment) then applies
            list = list.where(awaitingReassignment ? "i.awaiting_reassignment" : "NOT i.awaiting_reassignment");
        }
        return list.orderByDescending(SortKey.instant("i.known_at"), SortKey.uuid("i.id")).page(dataSource, page);
    }

    /**
     * Locks up to {@code limit} incidents whose initial statement deadline passed before {@code now} with no notice yet
     * and no statement of the lead about them by the deadline, skipping rows another replica's scan holds: each notice
     * is sent by exactly one scan.
     */
    @SuppressWarnings("unchecked")
    public List<Incident> lockPastDeadline(Instant now, int limit) {
        return getEntityManager().createNativeQuery("SELECT i.* FROM incident i WHERE i.overdue_notified_at IS NULL "
                        + "AND i.initial_statement_due_at < :now AND NOT " + SPOKE_IN_TIME
                        + " ORDER BY i.initial_statement_due_at, i.id LIMIT :limit FOR UPDATE OF i SKIP LOCKED", Incident.class)
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList();
    }
}
