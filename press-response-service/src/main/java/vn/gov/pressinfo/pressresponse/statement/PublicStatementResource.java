package vn.gov.pressinfo.pressresponse.statement;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
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

/** The public, unauthenticated feed of public statements (thông tin phát ngôn công khai), as JSON or Atom 1.0. */
@Path("/api/v1/public/statements")
@PermitAll
@SecurityRequirements
@Tag(name = "Public statements", description = "Unauthenticated, read-only: the statements agencies made public (press conferences, "
        + "press releases, portal postings...), newest first, as JSON or as an Atom 1.0 feed for the agencies' portals and the "
        + "provincial portal to syndicate.")
public class PublicStatementResource {

    private static final String ATOM_EXAMPLE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Thông tin phát ngôn và cung cấp thông tin cho báo chí</title>
              <link rel="alternate" type="text/html" href="https://pressinfo.gov.vn/phan-hoi/phat-ngon" />
              <author><name>PressInfo</name></author>
              <id>https://pressinfo.gov.vn/phan-hoi/phat-ngon</id>
              <updated>2026-11-26T09:15:00Z</updated>
              <entry>
                <title>Họp báo thông tin kinh tế - xã hội quý IV năm 2026</title>
                <link rel="alternate" type="text/html" href="https://pressinfo.gov.vn/phan-hoi/phat-ngon/0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e" />
                <category term="PRESS_CONFERENCE" label="Họp báo" />
                <author><name>Sở Y tế</name></author>
                <id>urn:uuid:0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e</id>
                <updated>2026-11-26T09:15:00Z</updated>
                <published>2026-11-26T08:00:00Z</published>
                <summary type="text">Tăng trưởng kinh tế quý IV đạt 7,2%.</summary>
              </entry>
            </feed>""";

    private final PublicStatementFeed feed;

    public PublicStatementResource(PublicStatementFeed feed) {
        this.feed = feed;
    }

    /** The public statements, as JSON or Atom. */
    @GET
    @Produces({MediaType.APPLICATION_JSON, PublicStatementFeed.ATOM})
    @Operation(operationId = "listPublicStatements", summary = "Public statements",
            description = "Public statements only, newest first, paged, filtered by agency and by the business dates "
                    + "(Asia/Ho_Chi_Minh) they were issued on (from and to inclusive; to before from is 400). No token needed. "
                    + "With Accept: application/atom+xml the same page is an Atom 1.0 feed (RFC 4287): one entry per statement "
                    + "with id urn:uuid:<statement id>, the title, updated (when it was recorded), published (when it was "
                    + "issued), the agency as author, the summary, a link to its public page and the form as category with its "
                    + "Vietnamese label. The ETag is strong; send it in If-None-Match to get 304 when nothing changed. "
                    + "Responses may be cached for 60 s.")
    @APIResponse(responseCode = "200", description = "One page of the feed; Link names the first, previous, next and last pages.",
            headers = {@Header(name = "ETag", description = "Strong validator of this representation.", schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
                    @Header(name = "Cache-Control", description = "public, max-age=60", schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
                    @Header(name = "Link", description = "RFC 8288 pagination links.", schema = @Schema(type = SchemaType.STRING, maxLength = 20000))},
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicStatementPage.class)),
                    @Content(mediaType = PublicStatementFeed.ATOM, schema = @Schema(type = SchemaType.STRING, maxLength = 33554432, description = "Atom 1.0 feed (RFC 4287), UTF-8."),
                            examples = @ExampleObject(name = "atom", value = ATOM_EXAMPLE))})
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the current ETag. No body.",
            headers = {@Header(name = "ETag", description = "The current ETag.", schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
                    @Header(name = "Cache-Control", description = "public, max-age=60", schema = @Schema(type = SchemaType.STRING, maxLength = 100))})
    public Response list(
            @Parameter(description = "Only statements of this agency.") @QueryParam("agencyId") UUID agencyId,
            @Parameter(description = "Issued on or after this day (Asia/Ho_Chi_Minh).", example = "2026-10-01") @QueryParam("from") LocalDate from,
            @Parameter(description = "Issued on or before this day (Asia/Ho_Chi_Minh).", example = "2026-12-31") @QueryParam("to") LocalDate to,
            @BeanParam @Valid PageRequest page,
            @Parameter(description = "ETag of a representation the caller already has.", example = "\"9f86d081884c7d659a2feaa0c55ad015\"")
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) @Size(max = 1000) String ifNoneMatch,
            @Context HttpHeaders headers,
            @Context UriInfo uriInfo) {
        PublicStatementFeed.Query query = new PublicStatementFeed.Query(agencyId, from, to, page.page(), page.size(), page.after(),
                prefersAtom(headers));
        return feed.render(query, p -> PageResponses.links(p, uriInfo)).response(ifNoneMatch);
    }

    /** JSON unless Atom is acceptable before JSON (by the order JAX-RS sorts Accept in: quality, then specificity). */
    private static boolean prefersAtom(HttpHeaders headers) {
        String accept = headers.getHeaderString(HttpHeaders.ACCEPT);
        if (accept == null || !accept.contains("atom")) {
            return false; // the common case, without parsing Accept
        }
        for (MediaType acceptable : headers.getAcceptableMediaTypes()) {
            if (acceptable.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !acceptable.isWildcardType()) {
                return false;
            }
            if ("application".equals(acceptable.getType()) && "atom+xml".equals(acceptable.getSubtype())) {
                return true;
            }
        }
        return false;
    }
}
