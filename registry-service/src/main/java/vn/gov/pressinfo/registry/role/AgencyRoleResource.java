package vn.gov.pressinfo.registry.role;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

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

import io.quarkus.security.Authenticated;
import vn.gov.pressinfo.security.Caller;
import vn.gov.pressinfo.security.Roles;

/** Dated roles held by agencies, such as the press management department (cơ quan quản lý nhà nước về báo chí). */
@Path("/api/v1/agency-roles/{role}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Agency roles", description = "Functions that one agency at a time holds for a period, such as the press management "
        + "department of the province (until 2025-02-28 the Department of Information and Communications, from 2025-03-01 the "
        + "Department of Culture, Sports and Tourism). Never hard-code the holder: ask for it on a date.")
@SecurityRequirement(name = "bearer")
@Authenticated
public class AgencyRoleResource {

    private static final String ASSIGN_EXAMPLE = """
            {"agencyId": "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a", "validFrom": "2025-03-01",
             "document": {"number": "312/QĐ-UBND", "date": "2025-02-26", "signer": "Ủy ban nhân dân tỉnh Kiên Giang"}}""";

    private final AgencyRoleService service;
    private final Caller caller;

    public AgencyRoleResource(AgencyRoleService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    /** Gives the role to an agency from a date. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRESS_ADMIN, Roles.SYSTEM})
    @Operation(operationId = "assignAgencyRole", summary = "Assign a role to an agency",
            description = "The agency holds the role from validFrom on; the current holder's term ends on that date (validTo, "
                    + "exclusive). validFrom must be after the current holder's start; the agency must be active then. "
                    + "Assigning the role to its current holder again changes nothing. A change of holder publishes "
                    + "AgencyRoleChanged (every term of the role, keyed by the role, on registry.agencies.v1), as does a later "
                    + "change of a holder's name or code. Roles: press-admin, system.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RoleAssignmentRequest.class), examples = @ExampleObject(name = "kien-giang-2025", value = ASSIGN_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The term of the new (or unchanged current) holder.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoleAssignmentResponse.class)))
    public RoleAssignmentResponse assign(
            @Parameter(description = "The role.", example = "PRESS_MANAGEMENT_DEPARTMENT") @PathParam("role") AgencyRole role,
            @Valid @NotNull RoleAssignmentRequest request) {
        var term = service.assign(role, request, caller.id());
        return RoleAssignmentResponse.of(term.assignment(), term.agency());
    }

    /** Who holds the role on a date. */
    @GET
    @Operation(operationId = "getAgencyRoleHolder", summary = "Holder of a role on a date",
            description = "The agency that holds the role on the date given by `on` (today in Asia/Ho_Chi_Minh when omitted), "
                    + "with its term. 404 when nobody holds it then. Any authenticated role may read.")
    @APIResponse(responseCode = "200", description = "The holder's term.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoleAssignmentResponse.class)))
    public RoleAssignmentResponse holder(
            @Parameter(description = "The role.", example = "PRESS_MANAGEMENT_DEPARTMENT") @PathParam("role") AgencyRole role,
            @Parameter(description = "The date; today when omitted.", example = "2024-05-01") @QueryParam("on") LocalDate on) {
        var term = service.holderOn(role, on);
        return RoleAssignmentResponse.of(term.assignment(), term.agency());
    }

    /** Every holder of the role. */
    @GET
    @Path("/history")
    @Operation(operationId = "getAgencyRoleHistory", summary = "History of a role",
            description = "Every term of the role, oldest first, with the document that assigned it and who recorded it. "
                    + "Any authenticated role may read.")
    @APIResponse(responseCode = "200", description = "The terms, oldest first.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoleAssignmentResponse.class,
                    type = SchemaType.ARRAY, maxItems = 10000)))
    public List<RoleAssignmentResponse> history(
            @Parameter(description = "The role.", example = "PRESS_MANAGEMENT_DEPARTMENT") @PathParam("role") AgencyRole role) {
        return service.history(role).stream().map(t -> RoleAssignmentResponse.of(t.assignment(), t.agency())).toList();
    }
}
