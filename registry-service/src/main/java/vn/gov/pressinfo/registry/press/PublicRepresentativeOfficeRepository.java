package vn.gov.pressinfo.registry.press;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import vn.gov.pressinfo.web.Page;
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.QueryFilter;

/** The public list of representative offices (view {@code public_representative_office}). */
@ApplicationScoped
public class PublicRepresentativeOfficeRepository implements PanacheRepositoryBase<PublicRepresentativeOffice, UUID> {

    /**
     * The offices of press agencies that operate, by press agency, province and address.
     *
     * @param pressAgencyId only this press agency; null for all
     * @param query         accent-insensitive part of the press agency's name, the head, the address or the province; null for any
     */
    public Page<PublicRepresentativeOffice> search(UUID pressAgencyId, String query, PageRequest page) {
        QueryFilter where = new QueryFilter().equal("pressAgencyId", pressAgencyId).contains("search", query);
        var found = find(where.where(), Sort.by("pressAgencySort").and("pressAgencyId").and("province").and("address").and("id"),
                where.params());
        List<PublicRepresentativeOffice> items = found.page(page.page(), page.size()).list();
        return Page.of(items, page, found.count());
    }
}
