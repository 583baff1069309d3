package vn.gov.pressinfo.registry.directory;

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

import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.PageResponses;
import vn.gov.pressinfo.web.publicpage.RenderedPage;

/**
 * The public, unauthenticated spokesperson directory (danh bạ người phát ngôn): the law makes the
 * name, title, phone and email of current spokespersons public.
 */
@Path("/api/v1/public")
@PermitAll
@SecurityRequirements
@Tag(name = "Public directory", description = "Unauthenticated, read-only: the current spokespersons and authorized spokespersons "
        + "of every agency, with the public fields the law requires to be published (name, title, phone, email).")
public class PublicDirectoryResource {

    private static final String TEXT_CSV = PublicPages.TEXT_CSV;
    private static final String CSV_EXAMPLE = "\uFEFFLoại,Họ và tên,Chức vụ,Điện thoại,Thư điện tử,Cơ quan,Mã định danh cơ quan,Phạm vi ủy quyền,"
            + "Hiệu lực từ ngày,Hiệu lực đến ngày\r\n"
            + "Người phát ngôn,Nguyễn Thị Thu Hà,Phó Giám đốc Sở,0297 3862 000,nguyenthithuha@kiengiang.gov.vn,"
            + "\"Sở Văn hóa, Thể thao và Du lịch\",3f1c2a9e-7d44-4a53-9b0e-1d2f3a4b5c6d,,2025-03-01,\r\n";
    private static final String PING = "{\"status\":\"UP\"}";

    private final PublicDirectory directory;

    public PublicDirectoryResource(PublicDirectory directory) {
        this.directory = directory;
    }

    /** The current spokespersons, as JSON or CSV. */
    @GET
    @Path("/spokespersons")
    @Produces({MediaType.APPLICATION_JSON, TEXT_CSV})
    @Operation(operationId = "listPublicSpokespersons", summary = "Public directory of spokespersons",
            description = "Every spokesperson (HEAD or APPOINTED) and every authorized spokesperson (AUTHORIZED) in force today "
                    + "(Asia/Ho_Chi_Minh) in an active agency, by agency name, with public fields only. No token needed. The name "
                    + "search ignores case and Vietnamese diacritics. The ETag is strong, computed from the bytes of the response; "
                    + "send it in If-None-Match to get 304 when nothing changed. Responses may be cached for 60 s. "
                    + "With Accept: text/csv or format=csv the same page as CSV (RFC 4180, CRLF, UTF-8 with a byte-order mark so "
                    + "spreadsheets show Vietnamese correctly), header row in Vietnamese: Loại, Họ và tên, Chức vụ, Điện thoại, "
                    + "Thư điện tử, Cơ quan, Mã định danh cơ quan, Phạm vi ủy quyền, Hiệu lực từ ngày, Hiệu lực đến ngày; the kind "
                    + "in Vietnamese (Người đứng đầu, Người phát ngôn, Người được ủy quyền phát ngôn); a cell that starts with "
                    + "= + - @ is prefixed with an apostrophe so no spreadsheet runs it as a formula.")
    @APIResponse(responseCode = "200", description = "One page of the directory; Link names the first, previous, next and last pages.",
            headers = {@Header(name = "ETag", description = "Strong validator of this representation.", schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
                    @Header(name = "Cache-Control", description = "public, max-age=60", schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
                    @Header(name = "Vary", description = "Accept: JSON and CSV are two representations.", schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
                    @Header(name = "Link", description = "RFC 8288 pagination links.", schema = @Schema(type = SchemaType.STRING, maxLength = 20000))},
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DirectoryPage.class)),
                    @Content(mediaType = TEXT_CSV, schema = @Schema(type = SchemaType.STRING, maxLength = 1000000, description = "CSV, UTF-8 with BOM, Vietnamese header row."),
                            examples = @ExampleObject(name = "csv", value = CSV_EXAMPLE))})
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the current ETag. No body.",
            headers = {@Header(name = "ETag", description = "The current ETag.", schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
                    @Header(name = "Cache-Control", description = "public, max-age=60", schema = @Schema(type = SchemaType.STRING, maxLength = 100))})
    public Response list(
            @Parameter(description = "Only this agency.") @QueryParam("agencyId") UUID agencyId,
            @Parameter(description = "Only agencies of this type (see the agency types).", example = "DEPARTMENT")
            @QueryParam("agencyType") @Size(max = 50) String agencyType,
            @Parameter(description = "Part of the person's name; case and accents optional.", example = "thu ha")
            @QueryParam("q") @Size(max = 200) String q,
            @Parameter(description = "json or csv; overrides Accept, so that a plain link downloads the CSV.", example = "csv")
            @QueryParam("format") @Size(max = 4) @Pattern(regexp = PublicPages.FORMAT_PATTERN, message = "must be json or csv") String format,
            @BeanParam @Valid PageRequest page,
            @Parameter(description = "ETag of a representation the caller already has.", example = "\"9f86d081884c7d659a2feaa0c55ad015\"")
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) @Size(max = 1000) String ifNoneMatch,
            @Context HttpHeaders headers,
            @Context UriInfo uriInfo) {
        RenderedPage rendered = directory.render(new PublicDirectory.Query(agencyId, agencyType, q, page.page(), page.size(), page.after()),
                PublicPages.representation(format, headers), p -> PageResponses.links(p, uriInfo));
        return rendered.response(ifNoneMatch);
    }

    /** A constant answer, to compare the directory's throughput with the service's floor. */
    @GET
    @Path("/ping")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "publicPing", summary = "Ping",
            description = "Always {\"status\":\"UP\"}, without touching the database. No token needed. Used as the baseline of the "
                    + "directory benchmark (bench/public-directory); for health checks use /q/health.")
    @APIResponse(responseCode = "200", description = "The constant answer.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Ping.class),
                    examples = @ExampleObject(name = "up", value = PING)))
    public String ping() {
        return PING;
    }

    /** OpenAPI shape of a page of the directory. */
    @Schema(name = "DirectoryPage", description = "One page of the public directory.")
    public record DirectoryPage(@Schema(maxItems = PageRequest.MAX_SIZE) java.util.List<DirectoryEntryResponse> items, @Schema(example = "0", minimum = "0", maximum = "100000") int page,
            @Schema(example = "20", minimum = "1", maximum = "100") int size,
            @Schema(example = "39", minimum = "0", maximum = "9223372036854775807") long total) {
    }

    /** OpenAPI shape of the ping answer. */
    @Schema(name = "Ping")
    public record Ping(@Schema(example = "UP", maxLength = 10) String status) {
    }
}
