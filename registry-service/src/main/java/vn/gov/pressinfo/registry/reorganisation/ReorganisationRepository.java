package vn.gov.pressinfo.registry.reorganisation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import vn.gov.pressinfo.web.Page;
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.list.ListQuery;
import vn.gov.pressinfo.web.list.SortKey;

@ApplicationScoped
public class ReorganisationRepository implements PanacheRepositoryBase<Reorganisation, UUID> {

    /** Filters of the reorganisation list; null means "any". */
    public record Filter(UUID agencyId, ReorganisationKind kind) {
    }

    /** One predecessor → successor step, with the reorganisation that made it. */
    public record Step(UUID reorganisationId, ReorganisationKind kind, LocalDate effectiveDate, UUID predecessorId,
            UUID successorId) {
    }

    private final AgroalDataSource dataSource;
    private final ReorganisationRows rows;

    public ReorganisationRepository(AgroalDataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.rows = new ReorganisationRows(json);
    }

    /**
     * One page of the reorganisations, latest effective date first, each with its participants, links and moved
     * children (ListQuery: projection, total in the same statement, keyset cursor).
     */
    public Page<ReorganisationResponse> search(Filter filter, PageRequest page) {
        ListQuery<ReorganisationResponse> query = ListQuery.select(ReorganisationRows.COLUMNS, "reorganisation r", rows::of)
                .equal("r.kind", filter.kind());
        if (filter.agencyId() != null) {
            query.where("EXISTS (SELECT 1 FROM reorganisation_participant p WHERE p.reorganisation_id = r.id AND p.agency_id = ?)",
                    filter.agencyId());
        }
        return query.orderByDescending(SortKey.date("r.effective_date"), SortKey.instant("r.recorded_at"), SortKey.uuid("r.id"))
                .page(dataSource, page);
    }

    /** The steps that start at any of {@code predecessors}. */
    public List<Step> stepsFrom(Collection<UUID> predecessors) {
        return steps("l.predecessorId in :ids", predecessors);
    }

    /** The steps that end at any of {@code successors}. */
    public List<Step> stepsTo(Collection<UUID> successors) {
        return steps("l.successorId in :ids", successors);
    }

    private List<Step> steps(String condition, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("select r.id, r.kind, r.effectiveDate, l.predecessorId, l.successorId "
                + "from Reorganisation r join r.links l where " + condition
                + " order by r.effectiveDate, r.recordedAt, l.predecessorId, l.successorId", Object[].class)
                .setParameter("ids", ids).getResultList().stream()
                .map(row -> new Step((UUID) row[0], (ReorganisationKind) row[1], (LocalDate) row[2], (UUID) row[3], (UUID) row[4]))
                .toList();
    }
}
