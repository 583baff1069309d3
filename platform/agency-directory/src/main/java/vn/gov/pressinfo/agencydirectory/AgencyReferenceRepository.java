package vn.gov.pressinfo.agencydirectory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import vn.gov.pressinfo.web.Page;
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.TextSearch;

@ApplicationScoped
public class AgencyReferenceRepository implements PanacheRepositoryBase<AgencyReference, UUID> {

    /** Filters of the agency list; null means "any". */
    public record Filter(String type, UUID parentId, String status, String query) {
    }

    public Page<AgencyReference> search(Filter filter, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (filter.type() != null) {
            where.append(" and type = :type");
            params.put("type", filter.type());
        }
        if (filter.parentId() != null) {
            where.append(" and parentId = :parentId");
            params.put("parentId", filter.parentId());
        }
        if (filter.status() != null) {
            where.append(" and status = :status");
            params.put("status", filter.status());
        }
        String pattern = TextSearch.likePattern(filter.query());
        if (pattern != null) {
            where.append(" and nameSearch like :pattern escape '\\'");
            params.put("pattern", pattern);
        }
        var query = find(where.toString(), Sort.by("code").and("id"), params);
        List<AgencyReference> items = query.page(page.page(), page.size()).list();
        return Page.of(items, page, query.count());
    }
}
