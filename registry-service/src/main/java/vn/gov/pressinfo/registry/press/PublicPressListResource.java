package vn.gov.pressinfo.registry.press;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.gov.pressinfo.registry.directory.PublicPages;
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.PageResponses;
import vn.gov.pressinfo.web.publicpage.RenderedPage;

/**
 * The public, unauthenticated lists of the press agencies' representative offices (văn phòng đại diện) and resident reporters
 * (phóng viên thường trú) in the province, which the province publishes (seed 004 §3c).
 */
@Path("/api/v1/public")
@PermitAll
@SecurityRequirements
@Tag(name = "Public press lists", description = "Unauthenticated, read-only: the representative offices and resident reporters of "
        + "the press agencies that operate in the province, as the province publishes them, in JSON or CSV.")
public class PublicPressListResource {

    private static final String TEXT_CSV = PublicPages.TEXT_CSV;
    private static final String COMMON = " No token needed. The ETag is strong, computed from the bytes of the response; send it in "
            + "If-None-Match to get 304 when nothing changed. Responses may be cached for 60 s. With Accept: text/csv or format=csv the "
            + "same page as CSV (RFC 4180, CRLF, UTF-8 with a byte-order mark so spreadsheets show Vietnamese correctly), header row "
            + "and medium in Vietnamese; a cell that starts with = + - @ is prefixed with an apostrophe so no spreadsheet runs it as "
            + "a formula.";
    private static final String OFFICES_CSV = "\uFEFFCơ quan báo chí,Loại hình báo chí,Trưởng văn phòng,Địa chỉ,\"Tỉnh, thành phố\","
            + "Điện thoại,Thư điện tử,Số giấy phép,Ngày cấp giấy phép,Cơ quan cấp giấy phép,Mã định danh cơ quan báo chí\r\n"
            + "Báo Tuổi Trẻ,Báo in,Trần Thị Bích,\"25 Trần Phú, phường Vĩnh Thanh Vân, Rạch Giá\",Kiên Giang,0297 3862 123,"
            + "vpdd.kiengiang@baotuoitre.vn,89/GP-STTTT,2020-09-10,Sở Thông tin và Truyền thông Kiên Giang,"
            + "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e\r\n";
    private static final String REPORTERS_CSV = "\uFEFFHọ và tên,Cơ quan báo chí,Loại hình báo chí,Số thẻ nhà báo,Địa bàn thường trú,"
            + "Điện thoại,Thư điện tử,Thường trú từ ngày,Thường trú đến ngày,Mã định danh cơ quan báo chí\r\n"
            + "Lê Minh Tâm,Báo Tuổi Trẻ,Báo in,HN-12345,Tỉnh Kiên Giang và thành phố Phú Quốc,'+84 912 345 678,tam.le@baotuoitre.vn,"
            + "2025-01-01,2026-12-31,2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e\r\n";

    private final PublicPressLists lists;

    public PublicPressListResource(PublicPressLists lists) {
        this.lists = lists;
    }

    /** The representative offices of press agencies in the province, as JSON or CSV. */
    @GET
    @Path("/representative-offices")
    @Produces({MediaType.APPLICATION_JSON, TEXT_CSV})
    @Operation(operationId = "listPublicRepresentativeOffices", summary = "Public list of representative offices",
            description = "The representative offices (văn phòng đại diện) of the press agencies that operate (status ACTIVE; a "
                    + "suspended or closed press agency drops out), by press agency name, province and address, with public fields "
                    + "and the office's licence. The search q ignores case and Vietnamese diacritics and looks at the press agency's "
                    + "name, the head of the office, the address and the province." + COMMON + " CSV columns: Cơ quan báo chí, "
                    + "Loại hình báo chí, Trưởng văn phòng, Địa chỉ, Tỉnh, thành phố, Điện thoại, Thư điện tử, Số giấy phép, "
                    + "Ngày cấp giấy phép, Cơ quan cấp giấy phép, Mã định danh cơ quan báo chí.")
    @APIResponse(responseCode = "200", description = "One page of the offices; Link names the first, previous, next and last pages.",
            headers = {@Header(name = "ETag", description = "Strong validator of this representation.", schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
                    @Header(name = "Cache-Control", description = "public, max-age=60", schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
                    @Header(name = "Vary", description = "Accept: JSON and CSV are two representations.", schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
                    @Header(name = "Link", description = "RFC 8288 pagination links.", schema = @Schema(type = SchemaType.STRING, maxLength = 20000)),
                    @Header(name = "X-Total-Count", description = "Number of offices over all pages.", schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "0", maximum = "9223372036854775807"))},
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OfficePage.class)),
                    @Content(mediaType = TEXT_CSV, schema = @Schema(type = SchemaType.STRING, maxLength = 1000000, description = "CSV, UTF-8 with BOM, Vietnamese header row."),
                            examples = @ExampleObject(name = "csv", value = OFFICES_CSV))})
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the current ETag. No body.",
            headers = {@Header(name = "ETag", description = "The current ETag.", schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
                    @Header(name = "Cache-Control", description = "public, max-age=60", schema = @Schema(type = SchemaType.STRING, maxLength = 100))})
    public Response offices(
            @Parameter(description = "Only this press agency.") @QueryParam("pressAgencyId") UUID pressAgencyId,
            @Parameter(description = "Part of the press agency's name, the head, the address or the province; case and accents optional.",
                    example = "tuoi tre") @QueryParam("q") @Size(max = 200) String q,
            @Parameter(description = "json or csv; overrides Accept, so that a plain link downloads the CSV.", example = "csv")
            @QueryParam("format") @Size(max = 4) @Pattern(regexp = PublicPages.FORMAT_PATTERN, message = "must be json or csv") String format,
            @BeanParam @Valid PageRequest page,
            @Parameter(description = "ETag of a representation the caller already has.", example = "\"9f86d081884c7d659a2feaa0c55ad015\"")
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) @Size(max = 1000) String ifNoneMatch,
            @Context HttpHeaders headers,
            @Context UriInfo uriInfo) {
        RenderedPage rendered = lists.offices(pressAgencyId, q, page, PublicPages.representation(format, headers),
                p -> PageResponses.links(p, uriInfo));
        return rendered.response(ifNoneMatch);
    }

    /** The resident reporters accredited today in the province, as JSON or CSV. */
    @GET
    @Path("/resident-reporters")
    @Produces({MediaType.APPLICATION_JSON, TEXT_CSV})
    @Operation(operationId = "listPublicResidentReporters", summary = "Public list of resident reporters",
            description = "The resident reporters (phóng viên thường trú) of the press agencies that operate (status ACTIVE) whose "
                    + "accreditation covers today (Asia/Ho_Chi_Minh): validFrom on or before today and validUntil, when set, on or "
                    + "after today. By press agency name, then the reporter's name. The search q ignores case and Vietnamese "
                    + "diacritics and looks at the press agency's name, the reporter's name, the area and the press card number."
                    + COMMON + " CSV columns: Họ và tên, Cơ quan báo chí, Loại hình báo chí, Số thẻ nhà báo, Địa bàn thường trú, "
                    + "Điện thoại, Thư điện tử, Thường trú từ ngày, Thường trú đến ngày, Mã định danh cơ quan báo chí.")
    @APIResponse(responseCode = "200", description = "One page of the reporters; Link names the first, previous, next and last pages.",
            headers = {@Header(name = "ETag", description = "Strong validator of this representation.", schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
                    @Header(name = "Cache-Control", description = "public, max-age=60", schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
                    @Header(name = "Vary", description = "Accept: JSON and CSV are two representations.", schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
                    @Header(name = "Link", description = "RFC 8288 pagination links.", schema = @Schema(type = SchemaType.STRING, maxLength = 20000)),
                    @Header(name = "X-Total-Count", description = "Number of reporters over all pages.", schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "0", maximum = "9223372036854775807"))},
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReporterPage.class)),
                    @Content(mediaType = TEXT_CSV, schema = @Schema(type = SchemaType.STRING, maxLength = 1000000, description = "CSV, UTF-8 with BOM, Vietnamese header row."),
                            examples = @ExampleObject(name = "csv", value = REPORTERS_CSV))})
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the current ETag. No body.",
            headers = {@Header(name = "ETag", description = "The current ETag.", schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
                    @Header(name = "Cache-Control", description = "public, max-age=60", schema = @Schema(type = SchemaType.STRING, maxLength = 100))})
    public Response reporters(
            @Parameter(description = "Only this press agency.") @QueryParam("pressAgencyId") UUID pressAgencyId,
            @Parameter(description = "Part of the press agency's name, the reporter's name, the area or the press card number; case "
                    + "and accents optional.", example = "le minh tam") @QueryParam("q") @Size(max = 200) String q,
            @Parameter(description = "json or csv; overrides Accept, so that a plain link downloads the CSV.", example = "csv")
            @QueryParam("format") @Size(max = 4) @Pattern(regexp = PublicPages.FORMAT_PATTERN, message = "must be json or csv") String format,
            @BeanParam @Valid PageRequest page,
            @Parameter(description = "ETag of a representation the caller already has.", example = "\"9f86d081884c7d659a2feaa0c55ad015\"")
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) @Size(max = 1000) String ifNoneMatch,
            @Context HttpHeaders headers,
            @Context UriInfo uriInfo) {
        RenderedPage rendered = lists.reporters(pressAgencyId, q, page, PublicPages.representation(format, headers),
                p -> PageResponses.links(p, uriInfo));
        return rendered.response(ifNoneMatch);
    }

    /** OpenAPI shape of a page of offices. */
    @Schema(name = "PublicRepresentativeOfficePage", description = "One page of the public list of representative offices.")
    public record OfficePage(@Schema(maxItems = PageRequest.MAX_SIZE) List<PublicRepresentativeOfficeResponse> items, @Schema(example = "0", minimum = "0", maximum = "100000") int page,
            @Schema(example = "20", minimum = "1", maximum = "100") int size,
            @Schema(example = "39", minimum = "0", maximum = "9223372036854775807") long total) {
    }

    /** OpenAPI shape of a page of reporters. */
    @Schema(name = "PublicResidentReporterPage", description = "One page of the public list of resident reporters.")
    public record ReporterPage(@Schema(maxItems = PageRequest.MAX_SIZE) List<PublicResidentReporterResponse> items, @Schema(example = "0", minimum = "0", maximum = "100000") int page,
            @Schema(example = "20", minimum = "1", maximum = "100") int size,
            @Schema(example = "39", minimum = "0", maximum = "9223372036854775807") long total) {
    }
}
