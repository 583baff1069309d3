package vn.gov.pressinfo.reporting.compliance.published;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import vn.gov.pressinfo.web.Page;
import vn.gov.pressinfo.web.PageRequest;

@ApplicationScoped
public class ComplianceListRepository implements PanacheRepositoryBase<ComplianceList, UUID> {

    /** Filters of the public list; null means any. */
    public record Filter(String periodLabel, ComplianceListKind kind, LocalDate decidedFrom, LocalDate decidedTo) {
    }

    /** Newest decision first. */
    public Page<ComplianceList> search(Filter filter, PageRequest page) {
        StringBuilder where = new StringBuilder("from ComplianceList l where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (filter.periodLabel() != null) {
            where.append(" and l.periodLabel = :period");
            params.put("period", filter.periodLabel());
        }
        if (filter.kind() != null) {
            where.append(" and l.kind = :kind");
            params.put("kind", filter.kind());
        }
        if (filter.decidedFrom() != null) {
            where.append(" and l.decisionDate >= :from");
            params.put("from", filter.decidedFrom());
        }
        if (filter.decidedTo() != null) {
            where.append(" and l.decisionDate <= :to");
            params.put("to", filter.decidedTo());
        }
        var query = find(where.append(" order by l.decisionDate desc, l.publishedAt desc, l.id").toString(), params);
        List<ComplianceList> items = query.page(page.page(), page.size()).list();
        return Page.of(items, page, query.count());
    }

    public boolean exists(String periodLabel, ComplianceListKind kind) {
        return count("periodLabel = ?1 and kind = ?2", periodLabel, kind) > 0;
    }

    public void audit(UUID listId, String action, String actor, java.time.Instant at, Map<String, Object> detail) {
        ComplianceListAudit entry = new ComplianceListAudit();
        entry.listId = listId;
        entry.action = action;
        entry.actor = actor;
        entry.at = at;
        entry.detail = detail;
        getEntityManager().persist(entry);
    }

    public List<ComplianceListAudit> history(UUID listId) {
        return getEntityManager().createQuery("from ComplianceListAudit a where a.listId = :id order by a.at, a.id", ComplianceListAudit.class)
                .setParameter("id", listId).getResultList();
    }
}
