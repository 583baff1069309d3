package vn.gov.pressinfo.registry.compliance;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.PageResponses;

/** The compliance gaps of the active agencies: what each lacks against the spokesperson rules on a day. */
@Path("/api/v1/compliance/gaps")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = ComplianceGapResource.TAG, description = ComplianceGapResource.TAG_DESCRIPTION)
@SecurityRequirement(name = "bearer")
@Authenticated
public class ComplianceGapResource {

    static final String TAG = "Compliance";
    static final String TAG_DESCRIPTION = "What the active agencies lack against the spokesperson rules (Decree 09/2017/NĐ-CP): "
            + "a current spokesperson made public and notified to the press management department, a spokesperson regulation, "
            + "a trained spokesperson, authorizations within their end dates.";

    private final ComplianceGapService service;

    public ComplianceGapResource(ComplianceGapService service) {
        this.service = service;
    }

    /** Lists the agencies with gaps. */
    @GET
    @Operation(operationId = "listComplianceGaps", summary = "List agencies with compliance gaps",
            description = "The ACTIVE agencies that have at least one compliance gap on the day `on` (default: today in "
                    + "Asia/Ho_Chi_Minh), ordered by code, each with every gap it has and the agency's current name. Gap kinds: "
                    + "NO_CURRENT_SPOKESPERSON — no head or appointed spokesperson is in office on `on` (validFrom ≤ on < validTo); "
                    + "SPOKESPERSON_NOT_NOTIFIED — the current spokesperson has no recorded notice to the press management "
                    + "department; AUTHORIZATION_EXPIRED — an authorization, not revoked, whose last day (validTo, inclusive) is "
                    + "within the `withinDays` days before `on` (on − withinDays ≤ validTo < on), one gap per authorization; "
                    + "AUTHORIZATION_EXPIRING — an ACTIVE authorization whose last day is within the next `withinDays` days, "
                    + "`on` included (on ≤ validTo ≤ on + withinDays), one gap per authorization; NO_REGULATION — no spokesperson "
                    + "regulation with effectiveFrom on or before `on`; SPOKESPERSON_NEVER_TRAINED — the current spokesperson "
                    + "never attended a training held on or before `on` as SPOKESPERSON for this agency under the same name "
                    + "(compared without regard to case and diacritics). Spokesperson and regulation gaps depend on the dates only; "
                    + "authorization statuses (ACTIVE, EXPIRED, REVOKED) are today's. `kind` keeps only the agencies having that gap "
                    + "(all of their gaps are still listed). Any authenticated role may read; an agency officer sees only its own "
                    + "agency.")
    @APIResponse(responseCode = "200", description = "One page of agencies with gaps; Link names the first, previous, next and last pages.",
            headers = @Header(name = "Link", description = "RFC 8288 pagination links.", schema = @Schema(type = SchemaType.STRING, maxLength = 20000)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplianceGapPage.class)))
    public Response list(
            @Parameter(description = "Only agencies of this type (see the agency types).", example = "DEPARTMENT")
            @QueryParam("type") @Size(max = 50) String type,
            @Parameter(description = "Only children of this agency.") @QueryParam("parentId") UUID parentId,
            @Parameter(description = "Only agencies having this gap.", schema = @Schema(implementation = GapKind.class))
            @QueryParam("kind") String kind,
            @Parameter(description = "The day the gaps are computed for (ISO date); today in Asia/Ho_Chi_Minh when omitted.",
                    example = "2026-11-22", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("on") String on,
            @Parameter(description = "Days before `on` for AUTHORIZATION_EXPIRED and after it for AUTHORIZATION_EXPIRING, 1 to 366.",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "366", defaultValue = "30"))
            @QueryParam("withinDays") @DefaultValue("30") @Min(1) @Max(366) int withinDays,
            @BeanParam @Valid PageRequest page,
            @Context UriInfo uriInfo) {
        return PageResponses.ok(service.search(type, parentId, kind, on, withinDays, page), uriInfo);
    }

    /** OpenAPI shape of a page of agencies with gaps. */
    @Schema(name = "ComplianceGapPage", description = "One page of agencies with compliance gaps.")
    public record ComplianceGapPage(@Schema(maxItems = PageRequest.MAX_SIZE) List<AgencyGapsResponse> items, @Schema(example = "0", minimum = "0", maximum = "100000") int page,
            @Schema(example = "20", minimum = "1", maximum = "100") int size,
            @Schema(example = "39", minimum = "0", maximum = "9223372036854775807") long total) {
    }
}
