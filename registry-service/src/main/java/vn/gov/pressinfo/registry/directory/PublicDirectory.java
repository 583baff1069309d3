package vn.gov.pressinfo.registry.directory;

import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import vn.gov.pressinfo.web.CsvExport;
import vn.gov.pressinfo.web.Page;
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.TextSearch;
import vn.gov.pressinfo.web.publicpage.RenderedPage;

/**
 * The public spokesperson directory (danh bạ người phát ngôn công khai): the spokespersons and authorized persons in force
 * today, as JSON or CSV, served and cached by {@link PublicPages}.
 */
@ApplicationScoped
public class PublicDirectory {

    private static final CsvExport<CsvRow> CSV = CsvExport.of(CsvRow.class);

    /** What a caller asked for; {@code after} (the cursor, or null) is part of it, so that a cursor's page is its own entry. */
    public record Query(UUID agencyId, String agencyType, String q, int page, int size, String after) {
    }

    /** One CSV row: the file is for people, opened in a spreadsheet, so the header and the kind are in Vietnamese. */
    @JsonPropertyOrder({"kind", "fullName", "title", "phone", "email", "agencyName", "agencyId", "scope", "validFrom", "validUntil"})
    record CsvRow(
            @JsonProperty("Loại") String kind,
            @JsonProperty("Họ và tên") String fullName,
            @JsonProperty("Chức vụ") String title,
            @JsonProperty("Điện thoại") String phone,
            @JsonProperty("Thư điện tử") String email,
            @JsonProperty("Cơ quan") String agencyName,
            @JsonProperty("Mã định danh cơ quan") String agencyId,
            @JsonProperty("Phạm vi ủy quyền") String scope,
            @JsonProperty("Hiệu lực từ ngày") String validFrom,
            @JsonProperty("Hiệu lực đến ngày") String validUntil) {

        static CsvRow of(DirectoryEntryResponse e) {
            return new CsvRow(e.kind().label(), e.fullName(), e.title(), e.phone(), e.email(), e.agencyName(), e.agencyId().toString(),
                    e.scope(), e.validFrom().toString(), e.validUntil() == null ? null : e.validUntil().toString());
        }
    }

    private final DirectoryRepository entries;
    private final PublicPages pages;

    public PublicDirectory(DirectoryRepository entries, PublicPages pages) {
        this.entries = entries;
        this.pages = pages;
    }

    /** The page for {@code query}, from the cache when fresh; {@code links} as in {@link PublicPages#render}. */
    public RenderedPage render(Query query, PublicPages.Representation representation, Function<Page<?>, String> links) {
        Query q = normalized(query);
        return pages.render(q, representation,
                today -> entries.inForce(new DirectoryRepository.Filter(q.agencyId(), q.agencyType(), q.q()), today,
                        new PageRequest(q.page(), q.size(), q.after())),
                items -> CSV.write(items.stream().map(CsvRow::of).toList()), links);
    }

    /** "Kiên Giang", "kien  giang" and " KIEN GIANG" are one query, hence one cache entry. */
    private static Query normalized(Query q) {
        String text = q.q() == null || q.q().isBlank() ? null : TextSearch.fold(q.q());
        String type = q.agencyType() == null || q.agencyType().isBlank() ? null : q.agencyType().trim();
        String after = q.after() == null || q.after().isEmpty() ? null : q.after();
        return new Query(q.agencyId(), type, text, q.page(), q.size(), after);
    }
}
