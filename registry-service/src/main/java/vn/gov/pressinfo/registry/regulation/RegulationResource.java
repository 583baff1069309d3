package vn.gov.pressinfo.registry.regulation;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

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

/** One spokesperson regulation (quy chế phát ngôn), its corrections and its history. */
@Path("/api/v1/regulations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = RegulationResource.TAG, description = RegulationResource.TAG_DESCRIPTION)
@SecurityRequirement(name = "bearer")
@Authenticated
public class RegulationResource {

    static final String TAG = "Spokesperson regulations";
    static final String TAG_DESCRIPTION = "Each agency's spokesperson regulation (quy chế phát ngôn): the decision adopting it, "
            + "its document and effective date, corrections with their history. An agency without one has a compliance gap.";
    private static final String CORRECTION_EXAMPLE = """
            {"decisionNumber": "1234/QĐ-UBND", "decisionDate": "2021-03-15",
             "issuer": "Ủy ban nhân dân tỉnh Kiên Giang",
             "documentUrl": "https://kiengiang.gov.vn/van-ban/1234-qd-ubnd.pdf",
             "effectiveFrom": "2021-04-15", "note": "Thay thế Quyết định 567/QĐ-UBND năm 2017",
             "reason": "Sửa ngày hiệu lực theo bản gốc"}""";

    private final RegulationService service;
    private final Caller caller;

    public RegulationResource(RegulationService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    /** One regulation. */
    @GET
    @Path("/{id}")
    @Operation(operationId = "getRegulation", summary = "Get a spokesperson regulation",
            description = "The regulation and whether it is its agency's current one. The ETag is its version; send it back in "
                    + "If-Match to correct it. An agency officer may read only its own agency's.")
    @APIResponse(responseCode = "200", description = "The regulation.",
            headers = @Header(name = "ETag", description = "Version of the regulation.", schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegulationResponse.class)))
    public Response get(@Parameter(description = "Regulation id.") @PathParam("id") UUID id) {
        RegulationService.RegulationView view = service.get(id);
        return Response.ok(RegulationResponse.of(view)).tag(ETags.of(view.regulation().version)).build();
    }

    /** Corrects a regulation. */
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRESS_ADMIN, Roles.SYSTEM, Roles.AGENCY_OFFICER})
    @Operation(operationId = "updateRegulation", summary = "Correct a spokesperson regulation",
            description = "Replaces the recorded attributes (a new decision is a new regulation, recorded with POST). Each "
                    + "correction appends a revision with who made it, when, the reason and the fields it changed. Requires "
                    + "If-Match with the current ETag. Roles: press-admin, system, agency-officer (own agency only).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RegulationDetails.class), examples = @ExampleObject(name = "correction", value = CORRECTION_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The corrected regulation; ETag is its new version.",
            headers = @Header(name = "ETag", description = "New version of the regulation.", schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegulationResponse.class)))
    public Response update(
            @Parameter(description = "Regulation id.") @PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, name = "If-Match", required = true, description = "ETag of the version being corrected.", example = "\"0\"")
            @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = 1000) String ifMatch,
            @Valid @NotNull RegulationDetails details) {
        RegulationService.RegulationView view = service.update(id, ifMatch, details, caller.id());
        return Response.ok(RegulationResponse.of(view)).tag(ETags.of(view.regulation().version)).build();
    }

    /** Every revision of a regulation. */
    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getRegulationHistory", summary = "History of a spokesperson regulation",
            description = "Every recorded version, oldest first: who recorded it, when, why, and which fields changed. "
                    + "An agency officer may read only its own agency's.")
    @APIResponse(responseCode = "200", description = "The revisions, oldest first.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RegulationRevisionResponse.class, type = SchemaType.ARRAY, maxItems = 10000)))
    public List<RegulationRevisionResponse> history(@Parameter(description = "Regulation id.") @PathParam("id") UUID id) {
        return RegulationRevisionResponse.listOf(service.history(id));
    }
}
