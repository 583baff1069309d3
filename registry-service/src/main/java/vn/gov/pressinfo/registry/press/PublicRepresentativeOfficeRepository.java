package vn.gov.pressinfo.registry.press;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;
import vn.gov.pressinfo.web.Page;
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.list.ListQuery;
import vn.gov.pressinfo.web.list.SortKey;

/**
 * The public list of representative offices, read from the view {@code public_representative_office} with
 * {@link ListQuery} (docs/adr/0020-list-reads.md): one statement for the page and its total, rows projected into
 * {@link PublicRepresentativeOfficeResponse}s.
 */
@ApplicationScoped
public class PublicRepresentativeOfficeRepository {

    private final AgroalDataSource dataSource;

    public PublicRepresentativeOfficeRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * The offices of press agencies that operate, by press agency (folded name, then id), province, address and id.
     *
     * @param pressAgencyId only this press agency; null for all
     * @param query         accent-insensitive part of the press agency's name, the head, the address or the province; null for any
     */
    public Page<PublicRepresentativeOfficeResponse> search(UUID pressAgencyId, String query, PageRequest page) {
        return ListQuery.select(PublicRepresentativeOfficeResponse.COLUMNS, "public_representative_office o",
                        PublicRepresentativeOfficeResponse::of)
                .equal("o.press_agency_id", pressAgencyId)
                .contains("o.search", query)
                .orderBy(SortKey.text("o.press_agency_sort"), SortKey.uuid("o.press_agency_id"), SortKey.text("o.province"),
                        SortKey.text("o.address"), SortKey.uuid("o.id"))
                .page(dataSource, page);
    }
}
