package vn.gov.pressinfo.notification.preference;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.gov.pressinfo.notification.routing.CallerAudience;
import vn.gov.pressinfo.security.Caller;
import vn.gov.pressinfo.security.Roles;

/** Notification preferences: muted (event type, channel) pairs of the caller's agency or of the department. */
@Path("/api/v1/preferences")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Preferences", description = "A recipient (an agency, through its officers, or the department, through press-admin) may "
        + "mute one channel (EMAIL or INBOX) for one event type. Notices the law requires cannot be muted by email: "
        + "ReportOverdue (overdue report), FalseInfoFlagged (false information about the agency) and CorrectionOverdue "
        + "(correction not published in time); trying answers 422. See ADR 0008.")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.PRESS_ADMIN, Roles.AGENCY_OFFICER})
public class PreferenceResource {

    private static final String EXAMPLE = """
            {"eventType": "vn.gov.pressinfo.reporting.ReportDueSoon.v1", "channel": "EMAIL"}""";

    private final PreferenceService service;
    private final CallerAudience audience;
    private final Caller caller;

    public PreferenceResource(PreferenceService service, CallerAudience audience, Caller caller) {
        this.service = service;
        this.audience = audience;
        this.caller = caller;
    }

    /** The caller's mutes. */
    @GET
    @Operation(operationId = "listPreferences", summary = "List my muted notices",
            description = "The (event type, channel) pairs the caller's agency (agency-officer) or the department (press-admin) muted.")
    @APIResponse(responseCode = "200", description = "The mutes.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PreferenceResponse.class, type = SchemaType.ARRAY, maxItems = 10000)))
    public List<PreferenceResponse> list() {
        return service.list(audience.get()).stream().map(PreferenceResponse::of).toList();
    }

    /** Mutes one event type on one channel. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "mutePreference", summary = "Mute an event type on a channel",
            description = "Stops EMAIL or INBOX notices of one event type for the caller's agency or the department, from now on. "
                    + "Muting twice answers the existing mute. 422 for ReportOverdue, FalseInfoFlagged and CorrectionOverdue by EMAIL "
                    + "(required by law), for WEBHOOK, and for a type not in the catalogue.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MuteRequest.class), examples = @ExampleObject(name = "no due-soon emails", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Muted.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PreferenceResponse.class)))
    public Response mute(@Valid @NotNull MuteRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(PreferenceResponse.of(service.mute(audience.get(), request, caller.id()))).build();
    }

    /** Unmutes. */
    @DELETE
    @Path("/{id}")
    @Operation(operationId = "unmutePreference", summary = "Unmute", description = "Removes one of the caller's mutes; 403 for another recipient's.")
    @APIResponse(responseCode = "200", description = "Removed; the body is the removed mute.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PreferenceResponse.class)))
    public PreferenceResponse unmute(@Parameter(description = "Preference id.") @PathParam("id") UUID id) {
        return PreferenceResponse.of(service.unmute(audience.get(), id));
    }
}
