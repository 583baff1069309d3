package vn.gov.pressinfo.agencydirectory;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import vn.gov.pressinfo.web.Page;
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.QueryFilter;

@ApplicationScoped
public class AgencyReferenceRepository implements PanacheRepositoryBase<AgencyReference, UUID> {

    /** Filters of the agency list; null means "any". */
    public record Filter(String type, UUID parentId, String status, String query) {
    }

    public Page<AgencyReference> search(Filter filter, PageRequest page) {
        QueryFilter where = new QueryFilter()
                .equal("type", filter.type())
                .equal("parentId", filter.parentId())
                .equal("status", filter.status())
                .contains("nameSearch", filter.query());
        var query = find(where.where(), Sort.by("code").and("id"), where.params());
        List<AgencyReference> items = query.page(page.page(), page.size()).list();
        return Page.of(items, page, query.count());
    }
}
