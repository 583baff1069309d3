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
public class PressCardRepository implements PanacheRepositoryBase<PressCard, String> {

    /** Filters of the press card list; null means "any". */
    public record Filter(UUID pressAgencyId, String holder) {
    }

    public Page<PressCard> search(Filter filter, PageRequest page) {
        QueryFilter where = new QueryFilter()
                .equal("pressAgencyId", filter.pressAgencyId())
                .contains("holderSearch", filter.holder());
        var query = find(where.where(), Sort.by("number"), where.params());
        List<PressCard> items = query.page(page.page(), page.size()).list();
        return Page.of(items, page, query.count());
    }
}
