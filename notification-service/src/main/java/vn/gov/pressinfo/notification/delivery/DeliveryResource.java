package vn.gov.pressinfo.notification.delivery;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
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

import vn.gov.pressinfo.security.Caller;
import vn.gov.pressinfo.security.Roles;
import vn.gov.pressinfo.web.BusinessTime;
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.PageResponses;

/** The delivery log (nhật ký gửi thông báo). */
@Path("/api/v1/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Deliveries", description = "The delivery log: every notice to every recipient on every channel (at most one per event, "
        + "recipient and channel), its status (PENDING, SENDING, RETRYING, SENT, FAILED with a reason) and every attempt.")
@SecurityRequirement(name = "bearer")
public class DeliveryResource {

    private final DeliveryService service;
    private final Caller caller;

    public DeliveryResource(DeliveryService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    /** Searches the log. */
    @GET
    @RolesAllowed({Roles.PRESS_ADMIN, Roles.AUDITOR})
    @Operation(operationId = "listDeliveries", summary = "Search the delivery log",
            description = "Deliveries newest first, filtered by status, channel, event type, recipient, event id and creation day "
                    + "(Asia/Ho_Chi_Minh, inclusive). Roles: press-admin, auditor.")
    @APIResponse(responseCode = "200", description = "One page of deliveries.",
            headers = @Header(name = "Link", description = "RFC 8288 pagination links.", schema = @Schema(type = SchemaType.STRING, maxLength = 20000)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryPage.class)))
    public Response list(
            @Parameter(description = "Status.") @QueryParam("status") DeliveryStatus status,
            @Parameter(description = "Channel.") @QueryParam("channel") Channel channel,
            @Parameter(description = "CloudEvents type.", example = "vn.gov.pressinfo.reporting.ReportOverdue.v1") @QueryParam("eventType") @Size(max = 200) String eventType,
            @Parameter(description = "Recipient, exactly as shown in the log.", example = "nguyenvanan@stttt.kiengiang.gov.vn") @QueryParam("recipient") @Size(max = 300) String recipient,
            @Parameter(description = "Event id.") @QueryParam("eventId") @Size(max = 200) String eventId,
            @Parameter(description = "Created on or after this day.", example = "2026-05-01") @QueryParam("from") LocalDate from,
            @Parameter(description = "Created on or before this day.", example = "2026-05-31") @QueryParam("to") LocalDate to,
            @BeanParam @Valid PageRequest page,
            @Context UriInfo uriInfo) {
        var filter = new DeliveryRepository.Filter(status, channel, blankToNull(eventType), blankToNull(recipient), blankToNull(eventId),
                from == null ? null : from.atStartOfDay(BusinessTime.ZONE).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(BusinessTime.ZONE).toInstant());
        return PageResponses.ok(service.search(filter, page), uriInfo);
    }

    /** One delivery with its attempts. */
    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PRESS_ADMIN, Roles.AUDITOR})
    @Operation(operationId = "getDelivery", summary = "Get a delivery with its attempts", description = "Roles: press-admin, auditor.")
    @APIResponse(responseCode = "200", description = "The delivery and its attempt log.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryResponse.class)))
    public DeliveryResponse get(@Parameter(description = "Delivery id.") @PathParam("id") UUID id) {
        return service.get(id);
    }

    /** Sends a finished delivery again. */
    @POST
    @Path("/{id}/resend")
    @RolesAllowed(Roles.PRESS_ADMIN)
    @Operation(operationId = "resendDelivery", summary = "Resend a delivery",
            description = "Puts a SENT or FAILED email or webhook delivery back in the queue for a new series of attempts (409 while "
                    + "it is still being tried; 422 for in-app items). Role: press-admin.")
    @APIResponse(responseCode = "200", description = "Queued again (status PENDING).",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryResponse.class)))
    public DeliveryResponse resend(@Parameter(description = "Delivery id.") @PathParam("id") UUID id) {
        return service.resend(id, caller.id());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    @Schema(name = "DeliveryPage", description = "One page of deliveries.")
    public record DeliveryPage(@Schema(maxItems = PageRequest.MAX_SIZE) List<DeliveryResponse> items, @Schema(example = "0", minimum = "0", maximum = "100000") int page,
            @Schema(example = "20", minimum = "1", maximum = "100") int size,
            @Schema(example = "39", minimum = "0", maximum = "9223372036854775807") long total) {
    }
}
