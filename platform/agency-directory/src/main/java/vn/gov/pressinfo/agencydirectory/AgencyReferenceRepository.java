package vn.gov.pressinfo.agencydirectory;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import vn.gov.pressinfo.web.Page;
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.list.ListQuery;
import vn.gov.pressinfo.web.list.SortKey;

@ApplicationScoped
public class AgencyReferenceRepository implements PanacheRepositoryBase<AgencyReference, UUID> {

    /** Filters of the agency list; null means "any". */
    public record Filter(String type, UUID parentId, String status, String query) {
    }

    private final AgroalDataSource dataSource;

    public AgencyReferenceRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** One page of the agencies known here, by code (ListQuery). */
    public Page<AgencyView> search(Filter filter, PageRequest page) {
        return ListQuery.select(AgencyView.COLUMNS, "agency_reference a", AgencyView::of)
                .equal("a.type_code", filter.type())
                .equal("a.parent_id", filter.parentId())
                .equal("a.status", filter.status())
                .contains("a.name_search", filter.query())
                .orderBy(SortKey.text("a.code"), SortKey.uuid("a.id"))
                .page(dataSource, page);
    }
}
