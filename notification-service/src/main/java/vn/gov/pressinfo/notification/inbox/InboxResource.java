package vn.gov.pressinfo.notification.inbox;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.gov.pressinfo.notification.routing.CallerAudience;
import vn.gov.pressinfo.security.Caller;
import vn.gov.pressinfo.security.Roles;
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.PageResponses;

/** The in-app inbox of the caller's agency, or of the department (and of the agency holding its role today) for press-admin. */
@Path("/api/v1/inbox")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Inbox", description = "In-app notices: an agency officer sees its agency's items, press-admin the department's: "
        + "those of the department inbox and those of the agency that holds the press management department role today "
        + "(department notices go to the inbox of the agency holding the role on the event's date).")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.PRESS_ADMIN, Roles.AGENCY_OFFICER})
public class InboxResource {

    private final InboxService service;
    private final CallerAudience audience;
    private final Caller caller;

    public InboxResource(InboxService service, CallerAudience audience, Caller caller) {
        this.service = service;
        this.audience = audience;
        this.caller = caller;
    }

    /** The caller's items, newest first. */
    @GET
    @Operation(operationId = "listInbox", summary = "List my inbox",
            description = "The items of the caller's agency (agency-officer) or of the department (press-admin: the department "
                    + "inbox and the inbox of the agency holding the department role today), newest first; "
                    + "unread=true for unread items only.")
    @APIResponse(responseCode = "200", description = "One page of items.",
            headers = @Header(name = "Link", description = "RFC 8288 pagination links.", schema = @Schema(type = SchemaType.STRING, maxLength = 20000)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InboxPage.class)))
    public Response list(
            @Parameter(description = "Only unread items.", example = "true") @QueryParam("unread") @DefaultValue("false") boolean unread,
            @BeanParam @Valid PageRequest page,
            @Context UriInfo uriInfo) {
        return PageResponses.ok(service.list(audience.get(), unread, page), uriInfo);
    }

    /** Marks one item read. */
    @POST
    @Path("/{id}/read")
    @Operation(operationId = "markInboxItemRead", summary = "Mark an item read",
            description = "Marks one of the caller's items read (idempotent: the first reader and time are kept). 403 for an item of "
                    + "another inbox.")
    @APIResponse(responseCode = "200", description = "The item, read.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InboxItemResponse.class)))
    public InboxItemResponse read(@Parameter(description = "Item id.") @PathParam("id") UUID id) {
        return InboxItemResponse.of(service.markRead(audience.get(), id, caller.id()));
    }

    @Schema(name = "InboxPage", description = "One page of inbox items.")
    public record InboxPage(@Schema(maxItems = PageRequest.MAX_SIZE) List<InboxItemResponse> items, @Schema(example = "0", minimum = "0", maximum = "100000") int page,
            @Schema(example = "20", minimum = "1", maximum = "100") int size,
            @Schema(example = "39", minimum = "0", maximum = "9223372036854775807") long total) {
    }
}
