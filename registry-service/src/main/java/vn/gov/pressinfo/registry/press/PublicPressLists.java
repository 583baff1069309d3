package vn.gov.pressinfo.registry.press;

import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import vn.gov.pressinfo.registry.directory.PublicPages;
import vn.gov.pressinfo.web.CsvExport;
import vn.gov.pressinfo.web.Page;
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.TextSearch;
import vn.gov.pressinfo.web.publicpage.RenderedPage;

/**
 * The lists the province publishes of the press agencies' representative offices (văn phòng đại diện) and resident
 * reporters (phóng viên thường trú) in the province (seed 004 §3c): only what is in force today, as JSON or CSV, served and
 * cached like the spokesperson directory ({@link PublicPages}).
 */
@ApplicationScoped
public class PublicPressLists {

    private static final CsvExport<OfficeRow> OFFICES_CSV = CsvExport.of(OfficeRow.class);
    private static final CsvExport<ReporterRow> REPORTERS_CSV = CsvExport.of(ReporterRow.class);

    /**
     * What a caller asked for; {@code list} keeps the two lists apart in the cache, {@code after} (the cursor, or null) a
     * cursor's page apart from the numbered ones.
     */
    public record Query(String list, UUID pressAgencyId, String q, int page, int size, String after) {
    }

    /** One CSV row of the offices; the file is for people, so the header and the medium are in Vietnamese. */
    @JsonPropertyOrder({"pressAgencyName", "medium", "head", "address", "province", "phone", "email", "licenceNumber", "licenceDate",
            "licenceIssuer", "pressAgencyId"})
    record OfficeRow(
            @JsonProperty("Cơ quan báo chí") String pressAgencyName,
            @JsonProperty("Loại hình báo chí") String medium,
            @JsonProperty("Trưởng văn phòng") String head,
            @JsonProperty("Địa chỉ") String address,
            @JsonProperty("Tỉnh, thành phố") String province,
            @JsonProperty("Điện thoại") String phone,
            @JsonProperty("Thư điện tử") String email,
            @JsonProperty("Số giấy phép") String licenceNumber,
            @JsonProperty("Ngày cấp giấy phép") String licenceDate,
            @JsonProperty("Cơ quan cấp giấy phép") String licenceIssuer,
            @JsonProperty("Mã định danh cơ quan báo chí") String pressAgencyId) {

        static OfficeRow of(PublicRepresentativeOfficeResponse o) {
            return new OfficeRow(o.pressAgencyName(), o.medium().label(), o.head(), o.address(), o.province(), o.phone(), o.email(),
                    o.licence().number(), o.licence().date().toString(), o.licence().issuer(), o.pressAgencyId().toString());
        }
    }

    /** One CSV row of the reporters, header and medium in Vietnamese. */
    @JsonPropertyOrder({"fullName", "pressAgencyName", "medium", "pressCardNumber", "area", "phone", "email", "validFrom", "validUntil",
            "pressAgencyId"})
    record ReporterRow(
            @JsonProperty("Họ và tên") String fullName,
            @JsonProperty("Cơ quan báo chí") String pressAgencyName,
            @JsonProperty("Loại hình báo chí") String medium,
            @JsonProperty("Số thẻ nhà báo") String pressCardNumber,
            @JsonProperty("Địa bàn thường trú") String area,
            @JsonProperty("Điện thoại") String phone,
            @JsonProperty("Thư điện tử") String email,
            @JsonProperty("Thường trú từ ngày") String validFrom,
            @JsonProperty("Thường trú đến ngày") String validUntil,
            @JsonProperty("Mã định danh cơ quan báo chí") String pressAgencyId) {

        static ReporterRow of(PublicResidentReporterResponse r) {
            return new ReporterRow(r.fullName(), r.pressAgencyName(), r.medium().label(), r.pressCardNumber(), r.area(), r.phone(),
                    r.email(), r.validFrom().toString(), r.validUntil() == null ? null : r.validUntil().toString(),
                    r.pressAgencyId().toString());
        }
    }

    private final PublicRepresentativeOfficeRepository offices;
    private final PublicResidentReporterRepository reporters;
    private final PublicPages pages;

    public PublicPressLists(PublicRepresentativeOfficeRepository offices, PublicResidentReporterRepository reporters, PublicPages pages) {
        this.offices = offices;
        this.reporters = reporters;
        this.pages = pages;
    }

    /** The representative offices of press agencies that operate; {@code links} as in {@link PublicPages#render}. */
    public RenderedPage offices(UUID pressAgencyId, String q, PageRequest page, PublicPages.Representation representation,
            Function<Page<?>, String> links) {
        Query query = new Query("representative-offices", pressAgencyId, folded(q), page.page(), page.size(), page.after());
        return pages.render(query, representation,
                today -> offices.search(query.pressAgencyId(), query.q(), page),
                items -> OFFICES_CSV.write(items.stream().map(OfficeRow::of).toList()), links);
    }

    /** The resident reporters accredited today for press agencies that operate; {@code links} as in {@link PublicPages#render}. */
    public RenderedPage reporters(UUID pressAgencyId, String q, PageRequest page, PublicPages.Representation representation,
            Function<Page<?>, String> links) {
        Query query = new Query("resident-reporters", pressAgencyId, folded(q), page.page(), page.size(), page.after());
        return pages.render(query, representation,
                today -> reporters.accreditedOn(today, query.pressAgencyId(), query.q(), page),
                items -> REPORTERS_CSV.write(items.stream().map(ReporterRow::of).toList()), links);
    }

    /** "Báo Tuổi Trẻ" and "bao tuoi  tre" are one query, hence one cache entry. */
    private static String folded(String q) {
        return q == null || q.isBlank() ? null : TextSearch.fold(q);
    }
}
