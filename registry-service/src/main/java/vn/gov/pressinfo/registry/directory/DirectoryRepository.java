package vn.gov.pressinfo.registry.directory;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;
import vn.gov.pressinfo.web.Page;
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.list.ListQuery;
import vn.gov.pressinfo.web.list.SortKey;

/**
 * The public spokesperson directory, read from the view {@code public_directory_entry} with {@link ListQuery}
 * (docs/adr/0020-list-reads.md): one statement for the page and its total, rows projected into
 * {@link DirectoryEntryResponse}s. An entry is in force on a day d when valid_from ≤ d &lt; ends_on (null: open-ended).
 */
@ApplicationScoped
public class DirectoryRepository {

    /** Filters of the public directory; null means "any". */
    public record Filter(UUID agencyId, String agencyType, String query) {
    }

    private final AgroalDataSource dataSource;

    public DirectoryRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Entries in force on {@code today}, by agency name (then agency id), the spokesperson before authorized persons
     * (sort_rank), then name and id; ascending throughout, so that {@code after} is one row comparison.
     */
    public Page<DirectoryEntryResponse> inForce(Filter filter, LocalDate today, PageRequest page) {
        return ListQuery.select(DirectoryEntryResponse.COLUMNS, "public_directory_entry d", DirectoryEntryResponse::of)
                .equal("d.agency_id", filter.agencyId())
                .equal("d.agency_type", filter.agencyType())
                .contains("d.name_search", filter.query())
                .where("d.valid_from <= ? AND (d.ends_on IS NULL OR d.ends_on > ?)", today, today)
                .orderBy(SortKey.text("d.agency_name"), SortKey.uuid("d.agency_id"), SortKey.int4("d.sort_rank"),
                        SortKey.text("d.full_name"), SortKey.uuid("d.id"))
                .page(dataSource, page);
    }
}
