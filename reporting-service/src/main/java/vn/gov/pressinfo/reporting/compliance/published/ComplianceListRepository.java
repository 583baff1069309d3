package vn.gov.pressinfo.reporting.compliance.published;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import vn.gov.pressinfo.web.Page;
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.list.ListQuery;
import vn.gov.pressinfo.web.list.SortKey;

@ApplicationScoped
public class ComplianceListRepository implements PanacheRepositoryBase<ComplianceList, UUID> {

    /** Filters of the public list; null means any. */
    public record Filter(String periodLabel, ComplianceListKind kind, LocalDate decidedFrom, LocalDate decidedTo) {
    }

    private final AgroalDataSource dataSource;

    public ComplianceListRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Newest decision first, without the agencies (ListQuery: projection, total in the same statement, keyset cursor).
     * Ties of decision date and publication time go by id descending: a cursor needs one direction for all keys.
     */
    public Page<ComplianceListResponse> search(Filter filter, PageRequest page) {
        ListQuery<ComplianceListResponse> list = ListQuery.select(ComplianceListResponse.COLUMNS, "compliance_list l", ComplianceListResponse::of)
                .equal("l.period_label", filter.periodLabel())
                .equal("l.kind", filter.kind())
                .atLeast("l.decision_date", filter.decidedFrom())
                .atMost("l.decision_date", filter.decidedTo());
        return list.orderByDescending(SortKey.date("l.decision_date"), SortKey.instant("l.published_at"), SortKey.uuid("l.id"))
                .page(dataSource, page);
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
