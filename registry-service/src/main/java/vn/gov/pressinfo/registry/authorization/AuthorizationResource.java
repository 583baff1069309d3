package vn.gov.pressinfo.registry.authorization;

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
import vn.gov.pressinfo.registry.spokesperson.RevocationRequest;
import vn.gov.pressinfo.security.Caller;
import vn.gov.pressinfo.security.Roles;
import vn.gov.pressinfo.web.ETags;
import vn.gov.pressinfo.web.Problem;

/** One authorization (ủy quyền phát ngôn): read, revoke, history. */
@Path("/api/v1/authorizations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = AuthorizationResource.TAG, description = AuthorizationResource.TAG_DESCRIPTION)
@SecurityRequirement(name = "bearer")
public class AuthorizationResource {

    static final String TAG = "Authorizations";
    static final String TAG_DESCRIPTION = "Authorized spokespersons (người được ủy quyền phát ngôn): someone, usually a deputy, "
            + "authorized in writing to speak for an agency on one matter until a mandatory end date (inclusive); expired "
            + "automatically once that date has passed.";
    private static final String REVOKE_EXAMPLE = """
            {"effectiveDate": "2026-07-15", "reason": "Đã hoàn thành nhiệm vụ được ủy quyền"}""";

    private final AuthorizationService service;
    private final Caller caller;

    public AuthorizationResource(AuthorizationService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    /** One authorization. */
    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PRESS_ADMIN, Roles.SYSTEM, Roles.AGENCY_OFFICER, Roles.AUDITOR, Roles.PRESS_MONITOR})
    @Operation(operationId = "getAuthorization", summary = "Get an authorization",
            description = "One authorization. The ETag is its version; send it back in If-Match to revoke it. Roles: every role; "
                    + "an agency officer only for its own agency.")
    @APIResponse(responseCode = "200", description = "The authorization.",
            headers = @Header(name = "ETag", description = "Version of the authorization.", schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuthorizationResponse.class)))
    public Response get(@Parameter(description = "Authorization id.") @PathParam("id") UUID id) {
        Authorization a = service.get(id);
        return Response.ok(AuthorizationResponse.of(a)).tag(ETags.of(a.version)).build();
    }

    /** Revokes an authorization. */
    @POST
    @Path("/{id}/revocation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRESS_ADMIN, Roles.SYSTEM, Roles.AGENCY_OFFICER})
    @Operation(operationId = "revokeAuthorization", summary = "Revoke an authorization",
            description = "Ends an active authorization from effectiveDate (today by default, not in the future): its status becomes "
                    + "REVOKED and it leaves the public directory. validTo keeps the end date that was granted. Requires If-Match "
                    + "with the current ETag. Roles: press-admin, system, agency-officer (own agency only).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RevocationRequest.class), examples = @ExampleObject(name = "done", value = REVOKE_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The revoked authorization; ETag is its new version.",
            headers = @Header(name = "ETag", description = "New version.", schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuthorizationResponse.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "428", description = "If-Match is missing.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response revoke(
            @Parameter(description = "Authorization id.") @PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, name = "If-Match", required = true, description = "ETag of the version being revoked.", example = "\"0\"")
            @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = 1000) String ifMatch,
            @Valid @NotNull RevocationRequest request) {
        Authorization a = service.revoke(id, ifMatch, request, caller.id());
        return Response.ok(AuthorizationResponse.of(a)).tag(ETags.of(a.version)).build();
    }

    /** The audit trail of an authorization. */
    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.PRESS_ADMIN, Roles.SYSTEM, Roles.AGENCY_OFFICER, Roles.AUDITOR, Roles.PRESS_MONITOR})
    @Operation(operationId = "getAuthorizationHistory", summary = "History of an authorization",
            description = "Every change of the authorization, oldest first: who, when, what changed (granted, revoked, expired). "
                    + "Roles: every role; an agency officer only for its own agency.")
    @APIResponse(responseCode = "200", description = "The audit trail, oldest first.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuditEntryResponse.class, type = SchemaType.ARRAY, maxItems = 10000)))
    public List<AuditEntryResponse> history(@Parameter(description = "Authorization id.") @PathParam("id") UUID id) {
        return service.history(id);
    }
}
