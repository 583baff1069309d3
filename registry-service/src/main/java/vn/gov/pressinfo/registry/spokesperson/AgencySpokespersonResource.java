package vn.gov.pressinfo.registry.spokesperson;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.gov.pressinfo.security.Caller;
import vn.gov.pressinfo.security.Roles;
import vn.gov.pressinfo.web.ETags;
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.PageResponses;

/** The spokespersons (người phát ngôn) of one agency: appoint, list. */
@Path("/api/v1/agencies/{agencyId}/spokespersons")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = SpokespersonResource.TAG, description = SpokespersonResource.TAG_DESCRIPTION)
@SecurityRequirement(name = "bearer")
public class AgencySpokespersonResource {

    private static final String APPOINT_EXAMPLE = """
            {"fullName": "Nguyễn Thị Thu Hà", "title": "Phó Giám đốc Sở", "phone": "0297 3862 000",
             "email": "nguyenthithuha@kiengiang.gov.vn", "kind": "APPOINTED",
             "document": {"number": "125/QĐ-UBND", "date": "2025-02-25", "signer": "Nguyễn Văn Hùng, Chủ tịch UBND tỉnh"},
             "validFrom": "2025-03-01"}""";
    private static final String HEAD_EXAMPLE = """
            {"fullName": "Lê Văn Đức", "title": "Giám đốc Sở", "phone": "+84 912 345 678",
             "email": "levanduc@kiengiang.gov.vn", "kind": "HEAD",
             "document": {"number": "12/QĐ-UBND", "date": "2020-01-02", "signer": "Chủ tịch UBND tỉnh Kiên Giang"},
             "validFrom": "2020-01-05", "validTo": "2025-03-01"}""";

    private final SpokespersonService service;
    private final Caller caller;

    public AgencySpokespersonResource(SpokespersonService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    /** Appoints a spokesperson. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRESS_ADMIN, Roles.SYSTEM, Roles.AGENCY_OFFICER})
    @Operation(operationId = "appointSpokesperson", summary = "Appoint a spokesperson",
            description = "Records the head (HEAD, who speaks by default) or an appointed spokesperson (APPOINTED) of an agency. "
                    + "An agency has at most one on any day: the appointment in force on validFrom, if it began earlier, is "
                    + "superseded and ends on validFrom, in the same transaction. Any other overlap is 409 (history is not "
                    + "rewritten). validTo is exclusive. Publishes SpokespersonAppointed. Send an Idempotency-Key to make retries "
                    + "safe. Roles: press-admin, system, agency-officer (own agency only).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AppointSpokespersonRequest.class),
            examples = {@ExampleObject(name = "appointed", summary = "An appointed spokesperson, open-ended", value = APPOINT_EXAMPLE),
                    @ExampleObject(name = "head", summary = "The head, until a date", value = HEAD_EXAMPLE)}))
    @APIResponse(responseCode = "201", description = "Appointed; Location names the appointment and ETag its version.",
            headers = {@Header(name = "Location", description = "URL of the appointment.", schema = @Schema(type = SchemaType.STRING, maxLength = 8192)),
                    @Header(name = "ETag", description = "Version of the appointment.", schema = @Schema(type = SchemaType.STRING, maxLength = 100))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SpokespersonResponse.class)))
    public Response appoint(
            @Parameter(description = "Agency id.") @PathParam("agencyId") UUID agencyId,
            @Parameter(in = ParameterIn.HEADER, name = "Idempotency-Key", description = "Makes retries safe: the same key and body replay the first response.",
                    example = "5b0c6a52-6f1e-4d33-a1f1-0b4a0e6c9d11") @HeaderParam("Idempotency-Key") @Size(max = 200) String idempotencyKey,
            @Valid @NotNull AppointSpokespersonRequest request,
            @Context UriInfo uriInfo) {
        Spokesperson s = service.appoint(agencyId, request, caller.id());
        URI location = uriInfo.getBaseUriBuilder().path(SpokespersonResource.class).path(s.id.toString()).build();
        return Response.created(location).tag(ETags.of(s.version)).entity(SpokespersonResponse.of(s)).build();
    }

    /** The agency's appointments. */
    @GET
    @RolesAllowed({Roles.PRESS_ADMIN, Roles.SYSTEM, Roles.AGENCY_OFFICER, Roles.AUDITOR, Roles.PRESS_MONITOR})
    @Operation(operationId = "listAgencySpokespersons", summary = "List an agency's spokespersons",
            description = "The agency's appointments, newest first. current=true: only the one in force today (Asia/Ho_Chi_Minh); "
                    + "current=false: all the others (past and future); omitted: all. Roles: every role; an agency officer only "
                    + "for its own agency.")
    @APIResponse(responseCode = "200", description = "One page of appointments; Link names the first, previous, next and last pages.",
            headers = @Header(name = "Link", description = "RFC 8288 pagination links.", schema = @Schema(type = SchemaType.STRING, maxLength = 20000)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SpokespersonPage.class)))
    public Response list(
            @Parameter(description = "Agency id.") @PathParam("agencyId") UUID agencyId,
            @Parameter(description = "true: only the appointment in force today; false: all others; omitted: all.", example = "true")
            @QueryParam("current") Boolean current,
            @BeanParam @Valid PageRequest page,
            @Context UriInfo uriInfo) {
        return PageResponses.ok(service.ofAgency(agencyId, current, page), uriInfo);
    }

    /** OpenAPI shape of a page of appointments. */
    @Schema(name = "SpokespersonPage", description = "One page of spokesperson appointments.")
    public record SpokespersonPage(@Schema(maxItems = PageRequest.MAX_SIZE) List<SpokespersonResponse> items, @Schema(example = "0", minimum = "0", maximum = "100000") int page,
            @Schema(example = "20", minimum = "1", maximum = "100") int size,
            @Schema(example = "39", minimum = "0", maximum = "9223372036854775807") long total) {
    }
}
