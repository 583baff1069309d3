package vn.gov.pressinfo.registry.press;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import vn.gov.pressinfo.web.Page;
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.QueryFilter;

@ApplicationScoped
public class PressAgencyRepository implements PanacheRepositoryBase<PressAgency, UUID> {

    /** Filters of the press agency list; null means "any". */
    public record Filter(PressMedium medium, PressAgencyStatus status, String query) {
    }

    public Page<PressAgency> search(Filter filter, PageRequest page) {
        QueryFilter where = new QueryFilter()
                .equal("medium", filter.medium())
                .equal("status", filter.status())
                .contains("nameSearch", filter.query());
        var query = find(where.where(), Sort.by("nameSearch").and("id"), where.params());
        List<PressAgency> items = query.page(page.page(), page.size()).list();
        return Page.of(items, page, query.count());
    }
}
