package vn.gov.pressinfo.notification.department;

import java.net.URI;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

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

import vn.gov.pressinfo.security.Caller;
import vn.gov.pressinfo.security.Roles;

/** Officers of the press management department who receive department notices by email. */
@Path("/api/v1/department-recipients")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Department recipients", description = "Officers of the press management department (phòng quản lý báo chí) who "
        + "receive department notices and the daily digest by email. While none is recorded, the configured "
        + "pressinfo.notification.department-emails apply.")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Roles.PRESS_ADMIN)
public class DepartmentRecipientResource {

    private static final String EXAMPLE = """
            {"email": "phongbaochi@stttt.kiengiang.gov.vn", "fullName": "Phạm Thị Lan"}""";

    private final DepartmentRecipientService service;
    private final Caller caller;

    public DepartmentRecipientResource(DepartmentRecipientService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    /** The recipients in effect. */
    @GET
    @Operation(operationId = "listDepartmentRecipients", summary = "List the department recipients",
            description = "The recorded recipients, or the configured ones (origin CONFIGURATION) while none is recorded. Role: press-admin.")
    @APIResponse(responseCode = "200", description = "The recipients in effect.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DepartmentRecipientResponse.class, type = SchemaType.ARRAY)))
    public List<DepartmentRecipientResponse> list() {
        return service.list();
    }

    /** Records a recipient. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addDepartmentRecipient", summary = "Add a department recipient",
            description = "Records an officer who receives department notices. Once one is recorded, the configured addresses no longer "
                    + "apply. 409 when the address (compared without case) is already recorded. Role: press-admin.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DepartmentRecipientRequest.class), examples = @ExampleObject(name = "officer", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Recorded.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DepartmentRecipientResponse.class)))
    public Response add(@Valid @NotNull DepartmentRecipientRequest request, @Context UriInfo uriInfo) {
        DepartmentRecipient r = service.add(request, caller.id());
        URI location = uriInfo.getBaseUriBuilder().path(DepartmentRecipientResource.class).path(r.id.toString()).build();
        return Response.created(location).entity(DepartmentRecipientResponse.of(r)).build();
    }

    /** Removes a recipient. */
    @DELETE
    @Path("/{id}")
    @Operation(operationId = "removeDepartmentRecipient", summary = "Remove a department recipient",
            description = "Stops sending department notices to this officer. Role: press-admin.")
    @APIResponse(responseCode = "200", description = "Removed; the body is the removed recipient.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DepartmentRecipientResponse.class)))
    public DepartmentRecipientResponse remove(@Parameter(description = "Recipient id.") @PathParam("id") UUID id) {
        return DepartmentRecipientResponse.of(service.remove(id));
    }
}
