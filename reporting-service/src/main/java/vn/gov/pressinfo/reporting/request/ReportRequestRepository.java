package vn.gov.pressinfo.reporting.request;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import vn.gov.pressinfo.web.Page;
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.TextSearch;

@ApplicationScoped
public class ReportRequestRepository implements PanacheRepositoryBase<ReportRequest, UUID> {

    /** Filters of the request list; null means any. */
    public record Filter(String query, String regimeCode, String periodLabel, UUID agencyId) {
    }

    public Page<ReportRequest> search(Filter filter, PageRequest page) {
        StringBuilder where = new StringBuilder("from ReportRequest r where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        String pattern = TextSearch.likePattern(filter.query());
        if (pattern != null) {
            where.append(" and r.subjectSearch like :q escape '\\'");
            params.put("q", pattern);
        }
        if (filter.regimeCode() != null) {
            where.append(" and r.regimeCode = :regime");
            params.put("regime", filter.regimeCode());
        }
        if (filter.periodLabel() != null) {
            where.append(" and r.periodLabel = :period");
            params.put("period", filter.periodLabel());
        }
        if (filter.agencyId() != null) {
            where.append(" and exists (select 1 from Assignment a where a.requestId = r.id and a.agencyId = :agency)");
            params.put("agency", filter.agencyId());
        }
        var query = find(where.append(" order by r.issuedOn desc, r.createdAt desc, r.id").toString(), params);
        List<ReportRequest> items = query.page(page.page(), page.size()).list();
        return Page.of(items, page, query.count());
    }
}
