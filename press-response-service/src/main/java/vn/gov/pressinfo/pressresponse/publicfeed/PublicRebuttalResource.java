package vn.gov.pressinfo.pressresponse.publicfeed;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.gov.pressinfo.web.Page;
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.PageResponses;

/** The public, unauthenticated feed of sent rebuttals. */
@Path("/api/v1/public/rebuttals")
@Tag(name = "Public rebuttals", description = "Unauthenticated, read-only: the rebuttals agencies sent, newest first, for the "
        + "provincial portal and the press; also as schema.org ClaimReview JSON-LD for fact-check crawlers.")
@PermitAll
public class PublicRebuttalResource {

    public static final String LD_JSON = "application/ld+json";

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
                    + "reviewRating.alternateName, author, datePublished, url). No authentication.")
    @APIResponse(responseCode = "200", description = "One page of the feed; Link names the first, previous, next and last pages.",
            headers = @Header(name = "Link", description = "RFC 8288 pagination links.", schema = @Schema(type = SchemaType.STRING, maxLength = 20000)),
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublishedRebuttalPage.class)),
                    @Content(mediaType = LD_JSON, schema = @Schema(implementation = ClaimReview.class, type = SchemaType.ARRAY, maxItems = 10000))})
    public Response list(@BeanParam @Valid PageRequest page, @Context HttpHeaders headers, @Context UriInfo uriInfo) {
        Page<PublishedRebuttal> result = feed.page(page);
        if (prefersLinkedData(headers)) {
            List<ClaimReview> reviews = result.items().stream().map(ClaimReview::of).toList();
            Response paged = PageResponses.ok(result, uriInfo);
            return Response.ok(reviews, LD_JSON).header("Link", paged.getHeaderString("Link"))
                    .header("X-Total-Count", result.total()).build();
        }
        return PageResponses.ok(result, uriInfo);
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
