package vn.gov.pressinfo.pressresponse.publicfeed;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.PageResponses;

/** The public, unauthenticated feed of sent rebuttals. */
@Path("/api/v1/public/rebuttals")
@Tag(name = "Public rebuttals", description = "Unauthenticated, read-only: the rebuttals agencies sent, newest first, for the "
        + "provincial portal and the press; also as schema.org ClaimReview JSON-LD for fact-check crawlers.")
@PermitAll
public class PublicRebuttalResource {

    public static final String LD_JSON = PublicRebuttalFeed.LD_JSON;

    private final PublicRebuttalFeed feed;

    public PublicRebuttalResource(PublicRebuttalFeed feed) {
        this.feed = feed;
    }

    /** The feed, as JSON or as ClaimReview JSON-LD. */
    @GET
    @Produces({MediaType.APPLICATION_JSON, LD_JSON})
    @Operation(operationId = "listPublicRebuttals", summary = "Published rebuttals",
            description = "Sent rebuttals only, newest first, paged: the claim (title and excerpt), the verdict with its Vietnamese "
                    + "label, the correct information, the agency, the date and the outlet. With Accept: application/ld+json the "
                    + "same page is a JSON array of schema.org ClaimReview objects (claimReviewed, itemReviewed.appearance, "
                    + "reviewRating.alternateName, author, datePublished, url). No authentication. The ETag is strong, computed "
                    + "from the bytes of the response; send it in If-None-Match to get 304 when nothing changed. Responses may be "
                    + "cached for 60 s.")
    @APIResponse(responseCode = "200", description = "One page of the feed; Link names the first, previous, next and last pages.",
            headers = {@Header(name = "ETag", description = "Strong validator of this representation.", schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
                    @Header(name = "Cache-Control", description = "public, max-age=60", schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
                    @Header(name = "Vary", description = "Accept: JSON and JSON-LD are two representations.", schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
                    @Header(name = "Link", description = "RFC 8288 pagination links.", schema = @Schema(type = SchemaType.STRING, maxLength = 20000)),
                    @Header(name = "X-Total-Count", description = "Number of sent rebuttals over all pages.", schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "0", maximum = "9223372036854775807"))},
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublishedRebuttalPage.class)),
                    @Content(mediaType = LD_JSON, schema = @Schema(implementation = ClaimReview.class, type = SchemaType.ARRAY, maxItems = 10000))})
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the current ETag. No body.",
            headers = {@Header(name = "ETag", description = "The current ETag.", schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
                    @Header(name = "Cache-Control", description = "public, max-age=60", schema = @Schema(type = SchemaType.STRING, maxLength = 100))})
    public Response list(@BeanParam @Valid PageRequest page,
            @Parameter(description = "ETag of a representation the caller already has.", example = "\"9f86d081884c7d659a2feaa0c55ad015\"")
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) @Size(max = 1000) String ifNoneMatch,
            @Context HttpHeaders headers,
            @Context UriInfo uriInfo) {
        PublicRebuttalFeed.Query query = new PublicRebuttalFeed.Query(page.page(), page.size(), page.after(),
                prefersLinkedData(headers));
        return feed.render(query, p -> PageResponses.links(p, uriInfo)).response(ifNoneMatch);
    }

    private static boolean prefersLinkedData(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.isWildcardType() && !type.isWildcardSubtype()) {
                return false;
            }
            if ("application".equals(type.getType()) && "ld+json".equals(type.getSubtype())) {
                return true;
            }
        }
        return false;
    }
}
