package vn.gov.pressinfo.registry.authorization;

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

/** The authorizations (ủy quyền phát ngôn) of one agency: grant, list. */
@Path("/api/v1/agencies/{agencyId}/authorizations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = AuthorizationResource.TAG, description = AuthorizationResource.TAG_DESCRIPTION)
@SecurityRequirement(name = "bearer")
public class AgencyAuthorizationResource {

    private static final String GRANT_EXAMPLE = """
            {"fullName": "Trần Văn Minh", "title": "Phó Chủ tịch UBND xã", "phone": "+84 912 345 678",
             "email": "tranvanminh@kiengiang.gov.vn", "scope": "Phát ngôn về công tác phòng, chống thiên tai năm 2026",
             "validFrom": "2026-06-01", "validTo": "2026-08-31",
             "document": {"number": "34/GUQ-UBND", "date": "2026-05-28", "signer": "Nguyễn Văn Tâm, Chủ tịch UBND xã Tân Hiệp"}}""";

    private final AuthorizationService service;
    private final Caller caller;

    public AgencyAuthorizationResource(AuthorizationService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    /** Grants an authorization. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRESS_ADMIN, Roles.SYSTEM, Roles.AGENCY_OFFICER})
    @Operation(operationId = "grantAuthorization", summary = "Authorize a spokesperson on one matter",
            description = "Records a written authorization to speak for the agency on one matter (scope), from validFrom through "
                    + "validTo inclusive; the end date is mandatory. Publishes AuthorizationGranted. Send an Idempotency-Key to make "
                    + "retries safe. Roles: press-admin, system, agency-officer (own agency only).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = GrantAuthorizationRequest.class), examples = @ExampleObject(name = "deputy", value = GRANT_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Granted; Location names the authorization and ETag its version.",
            headers = {@Header(name = "Location", description = "URL of the authorization.", schema = @Schema(type = SchemaType.STRING, maxLength = 8192)),
                    @Header(name = "ETag", description = "Version of the authorization.", schema = @Schema(type = SchemaType.STRING, maxLength = 100))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuthorizationResponse.class)))
    public Response grant(
            @Parameter(description = "Agency id.") @PathParam("agencyId") UUID agencyId,
            @Parameter(in = ParameterIn.HEADER, name = "Idempotency-Key", description = "Makes retries safe: the same key and body replay the first response.",
                    example = "5b0c6a52-6f1e-4d33-a1f1-0b4a0e6c9d11") @HeaderParam("Idempotency-Key") @Size(max = 200) String idempotencyKey,
            @Valid @NotNull GrantAuthorizationRequest request,
            @Context UriInfo uriInfo) {
        Authorization a = service.grant(agencyId, request, caller.id());
        URI location = uriInfo.getBaseUriBuilder().path(AuthorizationResource.class).path(a.id.toString()).build();
        return Response.created(location).tag(ETags.of(a.version)).entity(AuthorizationResponse.of(a)).build();
    }

    /** The agency's authorizations. */
    @GET
    @RolesAllowed({Roles.PRESS_ADMIN, Roles.SYSTEM, Roles.AGENCY_OFFICER, Roles.AUDITOR, Roles.PRESS_MONITOR})
    @Operation(operationId = "listAgencyAuthorizations", summary = "List an agency's authorizations",
            description = "The agency's authorizations, newest first, optionally of one status. Roles: every role; an agency officer "
                    + "only for its own agency.")
    @APIResponse(responseCode = "200", description = "One page of authorizations; Link names the first, previous, next and last pages.",
            headers = @Header(name = "Link", description = "RFC 8288 pagination links.", schema = @Schema(type = SchemaType.STRING, maxLength = 20000)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuthorizationPage.class)))
    public Response list(
            @Parameter(description = "Agency id.") @PathParam("agencyId") UUID agencyId,
            @Parameter(description = "ACTIVE, EXPIRED or REVOKED; omitted: all.", example = "ACTIVE") @QueryParam("status") AuthorizationStatus status,
            @BeanParam @Valid PageRequest page,
            @Context UriInfo uriInfo) {
        return PageResponses.ok(service.ofAgency(agencyId, status, page), uriInfo);
    }

    /** OpenAPI shape of a page of authorizations. */
    @Schema(name = "AuthorizationPage", description = "One page of authorizations.")
    public record AuthorizationPage(@Schema(maxItems = PageRequest.MAX_SIZE) List<AuthorizationResponse> items, @Schema(example = "0", minimum = "0", maximum = "100000") int page,
            @Schema(example = "20", minimum = "1", maximum = "100") int size,
            @Schema(example = "39", minimum = "0", maximum = "9223372036854775807") long total) {
    }
}
