package vn.gov.pressinfo.registry.spokesperson;

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

import vn.gov.pressinfo.registry.audit.AuditEntryResponse;
import vn.gov.pressinfo.security.Caller;
import vn.gov.pressinfo.security.Roles;
import vn.gov.pressinfo.web.ETags;
import vn.gov.pressinfo.web.Problem;

/** One spokesperson appointment (người phát ngôn): read, revoke, record the notice to the department, history. */
@Path("/api/v1/spokespersons")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = SpokespersonResource.TAG, description = SpokespersonResource.TAG_DESCRIPTION)
@SecurityRequirement(name = "bearer")
public class SpokespersonResource {

    static final String TAG = "Spokespersons";
    static final String TAG_DESCRIPTION = "Spokespersons (người phát ngôn) of each agency: its head, who speaks by default, or an "
            + "appointed spokesperson; one at a time, superseded rather than edited, with the written notice to the press "
            + "management department and a full audit trail.";
    private static final String REVOKE_EXAMPLE = """
            {"effectiveDate": "2026-01-15", "reason": "Điều động công tác khác theo Quyết định 45/QĐ-UBND"}""";
    private static final String NOTIFY_EXAMPLE = """
            {"notifiedAt": "2025-03-03T02:00:00Z", "documentNumber": "210/SVHTTDL-VP"}""";

    private final SpokespersonService service;
    private final Caller caller;

    public SpokespersonResource(SpokespersonService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    /** One appointment. */
    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PRESS_ADMIN, Roles.SYSTEM, Roles.AGENCY_OFFICER, Roles.AUDITOR, Roles.PRESS_MONITOR})
    @Operation(operationId = "getSpokesperson", summary = "Get a spokesperson",
            description = "One appointment. The ETag is its version; send it back in If-Match to revoke it. Roles: every role; "
                    + "an agency officer only for its own agency.")
    @APIResponse(responseCode = "200", description = "The appointment.",
            headers = @Header(name = "ETag", description = "Version of the appointment.", schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SpokespersonResponse.class)))
    public Response get(@Parameter(description = "Appointment id.") @PathParam("id") UUID id) {
        Spokesperson s = service.get(id);
        return Response.ok(SpokespersonResponse.of(s)).tag(ETags.of(s.version)).build();
    }

    /** Revokes an appointment. */
    @POST
    @Path("/{id}/revocation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRESS_ADMIN, Roles.SYSTEM, Roles.AGENCY_OFFICER})
    @Operation(operationId = "revokeSpokesperson", summary = "Revoke a spokesperson",
            description = "Ends an active appointment on effectiveDate (today by default): validTo becomes that date and the status "
                    + "REVOKED. Requires If-Match with the current ETag. Publishes SpokespersonRevoked. Roles: press-admin, system, "
                    + "agency-officer (own agency only).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RevocationRequest.class), examples = @ExampleObject(name = "transfer", value = REVOKE_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The revoked appointment; ETag is its new version.",
            headers = @Header(name = "ETag", description = "New version.", schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SpokespersonResponse.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "428", description = "If-Match is missing.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response revoke(
            @Parameter(description = "Appointment id.") @PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, name = "If-Match", required = true, description = "ETag of the version being revoked.", example = "\"0\"")
            @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = 1000) String ifMatch,
            @Valid @NotNull RevocationRequest request) {
        Spokesperson s = service.revoke(id, ifMatch, request, caller.id());
        return Response.ok(SpokespersonResponse.of(s)).tag(ETags.of(s.version)).build();
    }

    /** Records the written notice to the press management department. */
    @POST
    @Path("/{id}/department-notification")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRESS_ADMIN, Roles.SYSTEM, Roles.AGENCY_OFFICER})
    @Operation(operationId = "recordSpokespersonDepartmentNotification", summary = "Record the notice to the press management department",
            description = "The law requires an agency to send its spokesperson's name, title, phone and email in writing to the "
                    + "provincial press management department; this records when (now by default) and the letter's number. A later "
                    + "notice replaces the recorded one; the history keeps both. If-Match is optional (checked when sent). "
                    + "Roles: press-admin, system, agency-officer (own agency only).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DepartmentNotificationRequest.class), examples = @ExampleObject(name = "letter", value = NOTIFY_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The appointment with the notice recorded; ETag is its new version.",
            headers = @Header(name = "ETag", description = "New version.", schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SpokespersonResponse.class)))
    @APIResponse(responseCode = "412", description = "If-Match was sent and does not name the current version.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response notifyDepartment(
            @Parameter(description = "Appointment id.") @PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, name = "If-Match", description = "ETag of the version being changed (optional).", example = "\"0\"")
            @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = 1000) String ifMatch,
            @Valid @NotNull DepartmentNotificationRequest request) {
        Spokesperson s = service.recordDepartmentNotification(id, ifMatch, request, caller.id());
        return Response.ok(SpokespersonResponse.of(s)).tag(ETags.of(s.version)).build();
    }

    /** The audit trail of an appointment. */
    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.PRESS_ADMIN, Roles.SYSTEM, Roles.AGENCY_OFFICER, Roles.AUDITOR, Roles.PRESS_MONITOR})
    @Operation(operationId = "getSpokespersonHistory", summary = "History of a spokesperson",
            description = "Every change of the appointment, oldest first: who, when, what changed (appointed, superseded, revoked, "
                    + "department notified). Roles: every role; an agency officer only for its own agency.")
    @APIResponse(responseCode = "200", description = "The audit trail, oldest first.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuditEntryResponse.class, type = SchemaType.ARRAY, maxItems = 10000)))
    public List<AuditEntryResponse> history(@Parameter(description = "Appointment id.") @PathParam("id") UUID id) {
        return service.history(id);
    }
}
