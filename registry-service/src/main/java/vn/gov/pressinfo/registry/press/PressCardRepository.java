package vn.gov.pressinfo.registry.press;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import vn.gov.pressinfo.web.Page;
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.list.ListQuery;
import vn.gov.pressinfo.web.list.SortKey;

@ApplicationScoped
public class PressCardRepository implements PanacheRepositoryBase<PressCard, String> {

    /** Filters of the press card list; null means "any". */
    public record Filter(UUID pressAgencyId, String holder) {
    }

    private final AgroalDataSource dataSource;

    public PressCardRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** One page of the press cards, by number (ListQuery: projection, total in the same statement, keyset cursor). */
    public Page<PressCardResponse> search(Filter filter, PageRequest page) {
        return ListQuery.select(PressCardResponse.COLUMNS, "press_card c", PressCardResponse::of)
                .equal("c.press_agency_id", filter.pressAgencyId())
                .contains("c.holder_search", filter.holder())
                .orderBy(SortKey.text("c.number"))
                .page(dataSource, page);
    }
}
