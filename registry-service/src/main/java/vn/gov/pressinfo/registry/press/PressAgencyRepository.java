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
public class PressAgencyRepository implements PanacheRepositoryBase<PressAgency, UUID> {

    /** Filters of the press agency list; null means "any". */
    public record Filter(PressMedium medium, PressAgencyStatus status, String query) {
    }

    private final AgroalDataSource dataSource;

    public PressAgencyRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * One page of the press agencies, by name without accents (ListQuery: projection, total in the same statement,
     * keyset cursor).
     */
    public Page<PressAgencyResponse> search(Filter filter, PageRequest page) {
        return ListQuery.select(PressAgencyResponse.COLUMNS, "press_agency p", PressAgencyResponse::of)
                .equal("p.medium", filter.medium())
                .equal("p.status", filter.status())
                .contains("p.name_search", filter.query())
                .orderBy(SortKey.text("p.name_search"), SortKey.uuid("p.id"))
                .page(dataSource, page);
    }
}
