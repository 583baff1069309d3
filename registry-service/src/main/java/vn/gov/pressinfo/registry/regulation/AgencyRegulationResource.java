package vn.gov.pressinfo.registry.regulation;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

import io.quarkus.security.Authenticated;
import vn.gov.pressinfo.security.Caller;
import vn.gov.pressinfo.security.Roles;
import vn.gov.pressinfo.web.ETags;

/** The spokesperson regulations (quy chế phát ngôn) of one agency. */
@Path("/api/v1/agencies/{agencyId}/regulations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = RegulationResource.TAG, description = RegulationResource.TAG_DESCRIPTION)
@SecurityRequirement(name = "bearer")
@Authenticated
public class AgencyRegulationResource {

    static final String CREATE_EXAMPLE = """
            {"decisionNumber": "1234/QĐ-UBND", "decisionDate": "2021-03-15",
             "issuer": "Ủy ban nhân dân tỉnh Kiên Giang",
             "documentUrl": "https://kiengiang.gov.vn/van-ban/1234-qd-ubnd.pdf",
             "effectiveFrom": "2021-04-01", "note": "Thay thế Quyết định 567/QĐ-UBND năm 2017"}""";

    private final RegulationService service;
    private final Caller caller;

    public AgencyRegulationResource(RegulationService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    /** Records a regulation of the agency. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRESS_ADMIN, Roles.SYSTEM, Roles.AGENCY_OFFICER})
    @Operation(operationId = "createRegulation", summary = "Record a spokesperson regulation",
            description = "Records the decision by which the agency adopted its spokesperson regulation. effectiveFrom may not "
                    + "precede decisionDate; documentUrl must be an absolute http(s) link. The first revision of its history is "
                    + "written at the same time. Send an Idempotency-Key to make retries safe. "
                    + "Roles: press-admin, system, agency-officer (own agency only).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RegulationDetails.class), examples = @ExampleObject(name = "regulation", value = CREATE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Recorded; Location names the regulation and ETag its version.",
            headers = {@Header(name = "Location", description = "URL of the regulation.", schema = @Schema(type = SchemaType.STRING, maxLength = 8192)),
                    @Header(name = "ETag", description = "Version of the regulation.", schema = @Schema(type = SchemaType.STRING, maxLength = 100))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegulationResponse.class)))
    public Response create(
            @Parameter(description = "Agency id.") @PathParam("agencyId") UUID agencyId,
            @Parameter(in = ParameterIn.HEADER, name = "Idempotency-Key", description = "Makes retries safe: the same key and body replay the first response.",
                    example = "5b0c6a52-6f1e-4d33-a1f1-0b4a0e6c9d11") @HeaderParam("Idempotency-Key") @Size(max = 200) String idempotencyKey,
            @Valid @NotNull RegulationDetails details,
            @Context UriInfo uriInfo) {
        RegulationService.RegulationView created = service.create(agencyId, details, caller.id());
        URI location = uriInfo.getBaseUriBuilder().path(RegulationResource.class).path(created.regulation().id.toString()).build();
        return Response.created(location).tag(ETags.of(created.regulation().version)).entity(RegulationResponse.of(created)).build();
    }

    /** The agency's regulations. */
    @GET
    @Operation(operationId = "listAgencyRegulations", summary = "List an agency's spokesperson regulations",
            description = "Every regulation the agency has adopted, newest first (by effective date). The one marked current is "
                    + "the latest already in effect today in Asia/Ho_Chi_Minh; an agency with none has a compliance gap. "
                    + "Any authenticated role may read; an agency officer only its own agency's.")
    @APIResponse(responseCode = "200", description = "The regulations, newest first.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegulationResponse.class, type = SchemaType.ARRAY, maxItems = 10000)))
    public List<RegulationResponse> list(@Parameter(description = "Agency id.") @PathParam("agencyId") UUID agencyId) {
        return service.ofAgency(agencyId).stream().map(RegulationResponse::of).toList();
    }
}
