package vn.gov.pressinfo.notification.department;

import java.net.URI;
import java.time.LocalDate;
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
import jakarta.ws.rs.QueryParam;
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
import vn.gov.pressinfo.web.BusinessTime;
import vn.gov.pressinfo.web.ProblemException;

/** Officers of the press management department who receive department notices by email, recorded per agency. */
@Path("/api/v1/department-recipients")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Department recipients", description = "Officers of the press management department (phòng quản lý báo chí) who "
        + "receive department notices and the daily digest by email, recorded per agency. A department notice goes to the "
        + "recipients of the agency that holds the PRESS_MANAGEMENT_DEPARTMENT role (published by registry-service) on the "
        + "event's date (its occurrence time in Asia/Ho_Chi_Minh), and to that agency's in-app inbox; the digest to those of "
        + "the holder on its day. While no recipient is recorded for the holder, the recipients recorded before recipients "
        + "belonged to an agency (agencyId null) receive instead. The configured pressinfo.notification.department-emails are "
        + "only the last fallback, used while the registry has published no term of the role at all; once it has, a date "
        + "without recipients leaves the email FAILED in the delivery log with the reason.")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Roles.PRESS_ADMIN)
public class DepartmentRecipientResource {

    private static final String EXAMPLE = """
            {"agencyId": "6b5a4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d", "email": "phongbaochi@svhttdl.angiang.gov.vn", "fullName": "Phạm Thị Lan"}""";

    private final DepartmentRecipientService service;
    private final Caller caller;
    private final BusinessTime time;

    public DepartmentRecipientResource(DepartmentRecipientService service, Caller caller, BusinessTime time) {
        this.service = service;
        this.caller = caller;
        this.time = time;
    }

    /** The recipients in effect on a day, or those recorded for one agency. */
    @GET
    @Operation(operationId = "listDepartmentRecipients", summary = "List the department recipients",
            description = "Without agencyId: the recipients in effect on the day `on` (default today, Asia/Ho_Chi_Minh), i.e. who "
                    + "receives a department notice about an event of that day: the recipients recorded for the agency holding the "
                    + "department role that day; else those recorded without agency; else, while the registry has published no "
                    + "term of the role, the configured ones (origin CONFIGURATION); else none. With agencyId: the recipients "
                    + "recorded for that agency, whether or not it holds the role (not combinable with `on`). Role: press-admin.")
    @APIResponse(responseCode = "200", description = "The recipients.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DepartmentRecipientResponse.class, type = SchemaType.ARRAY, maxItems = 10000)))
    public List<DepartmentRecipientResponse> list(
            @Parameter(description = "The day whose recipients are wanted (default today).", example = "2025-03-01") @QueryParam("on") LocalDate on,
            @Parameter(description = "Only the recipients recorded for this agency.", example = "6b5a4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d")
            @QueryParam("agencyId") UUID agencyId) {
        if (agencyId != null) {
            if (on != null) {
                throw ProblemException.unprocessable("on", "Give either agencyId or on, not both.");
            }
            return service.ofAgency(agencyId);
        }
        return service.inEffect(on == null ? time.today() : on);
    }

    /** Records a recipient. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addDepartmentRecipient", summary = "Add a department recipient",
            description = "Records an officer of an agency (a known agency of the registry, else 422 on agencyId) who receives "
                    + "department notices about events dated while that agency holds the department role. 409 when the address "
                    + "(compared without case) is already recorded for that agency. Role: press-admin.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DepartmentRecipientRequest.class), examples = @ExampleObject(name = "officer", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Recorded.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DepartmentRecipientResponse.class)))
    public Response add(@Valid @NotNull DepartmentRecipientRequest request, @Context UriInfo uriInfo) {
        DepartmentRecipient r = service.add(request, caller.id());
        URI location = uriInfo.getBaseUriBuilder().path(DepartmentRecipientResource.class).path(r.id.toString()).build();
        return Response.created(location).entity(service.response(r)).build();
    }

    /** Removes a recipient. */
    @DELETE
    @Path("/{id}")
    @Operation(operationId = "removeDepartmentRecipient", summary = "Remove a department recipient",
            description = "Stops sending department notices to this officer. Role: press-admin.")
    @APIResponse(responseCode = "200", description = "Removed; the body is the removed recipient.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DepartmentRecipientResponse.class)))
    public DepartmentRecipientResponse remove(@Parameter(description = "Recipient id.") @PathParam("id") UUID id) {
        return service.response(service.remove(id));
    }
}
