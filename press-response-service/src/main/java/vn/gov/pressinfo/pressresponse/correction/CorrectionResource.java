package vn.gov.pressinfo.pressresponse.correction;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
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

/** The correction published for a case (cải chính). */
@Path("/api/v1/press-items/{id}/correction")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Corrections", description = "The correction the press agency published after the rebuttal, checked against the "
        + "Press Law (names the corrected work, issue and date; same position and typeface; online, kept at least 7 days and "
        + "original removed). A deadline passed without a correction marks the case NOT_CORRECTED once (CorrectionOverdue).")
@SecurityRequirement(name = "bearer")
public class CorrectionResource {

    private final CorrectionService service;
    private final Caller caller;

    public CorrectionResource(CorrectionService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    /** The recorded correction. */
    @GET
    @RolesAllowed({Roles.PRESS_ADMIN, Roles.PRESS_MONITOR, Roles.AUDITOR, Roles.SYSTEM, Roles.AGENCY_OFFICER})
    @Operation(operationId = "getCorrection", summary = "Get the correction",
            description = "The correction recorded for the case (404 before one is). Roles: every role; an agency officer only "
                    + "for its own agency.")
    @APIResponse(responseCode = "200", description = "The correction.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CorrectionResponse.class)))
    public CorrectionResponse get(@Parameter(description = "Case id.") @PathParam("id") UUID id) {
        return CorrectionResponse.of(service.get(id));
    }

    /** Records the published correction. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRESS_ADMIN, Roles.PRESS_MONITOR, Roles.AGENCY_OFFICER})
    @Operation(operationId = "recordCorrection", summary = "Record the correction",
            description = "AWAITING_CORRECTION (or NOT_CORRECTED, for a late one) → CORRECTED. Publishes CorrectionPublished with "
                    + "compliant (every applicable check passed) and onTime (published by the deadline's day). Roles: "
                    + "press-admin, press-monitor, agency-officer (own agency).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CorrectionRequest.class), examples = @ExampleObject(name = "online",
            value = "{\"url\": \"https://baoabc.vn/cai-chinh-123.html\", \"publishedOn\": \"2026-11-24\", \"namesCorrectedWork\": true, "
                    + "\"samePositionAndTypeface\": true, \"keptOnlineSevenDays\": true, \"originalRemoved\": true}")))
    @APIResponse(responseCode = "201", description = "Recorded.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CorrectionResponse.class)))
    public Response record(@Parameter(description = "Case id.") @PathParam("id") UUID id, @Valid @NotNull CorrectionRequest request) {
        return Response.status(Response.Status.CREATED).entity(CorrectionResponse.of(service.record(id, request, caller.id()))).build();
    }
}
