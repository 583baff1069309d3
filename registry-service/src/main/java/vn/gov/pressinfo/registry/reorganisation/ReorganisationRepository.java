package vn.gov.pressinfo.registry.reorganisation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import vn.gov.pressinfo.web.Page;
import vn.gov.pressinfo.web.PageRequest;

@ApplicationScoped
public class ReorganisationRepository implements PanacheRepositoryBase<Reorganisation, UUID> {

    /** Filters of the reorganisation list; null means "any". */
    public record Filter(UUID agencyId, ReorganisationKind kind) {
    }

    /** One predecessor → successor step, with the reorganisation that made it. */
    public record Step(UUID reorganisationId, ReorganisationKind kind, LocalDate effectiveDate, UUID predecessorId,
            UUID successorId) {
    }

    public Page<Reorganisation> search(Filter filter, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (filter.kind() != null) {
            where.append(" and kind = :kind");
            params.put("kind", filter.kind());
        }
        if (filter.agencyId() != null) {
            where.append(" and id in (select r.id from Reorganisation r join r.participants p where p.agencyId = :agency)");
            params.put("agency", filter.agencyId());
        }
        var query = find(where.toString(), Sort.descending("effectiveDate").and("recordedAt", Sort.Direction.Descending).and("id"),
                params);
        List<Reorganisation> items = query.page(page.page(), page.size()).list();
        return Page.of(items, page, query.count());
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
