package vn.gov.pressinfo.notification.subscription;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
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
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.PageResponses;

/** Webhook subscriptions of other government systems. */
@Path("/api/v1/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhook subscriptions", description = "Other government systems subscribe to event types; each event is POSTed to "
        + "the URL as a CloudEvent in structured JSON mode with headers X-PressInfo-Event-Id and X-PressInfo-Signature "
        + "(t=<unix seconds>,v1=<hex HMAC-SHA256 of \"<t>.<raw body>\" keyed with the secret>). Any 2xx is success; otherwise the "
        + "call is retried with exponential backoff and jitter, a bounded number of times.")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Roles.PRESS_ADMIN)
public class SubscriptionResource {

    private static final String EXAMPLE = """
            {"url": "https://egov.kiengiang.gov.vn/hooks/pressinfo",
             "eventTypes": ["vn.gov.pressinfo.reporting.ReportOverdue.v1", "vn.gov.pressinfo.press.FalseInfoFlagged.v1"],
             "secret": "s3cr3t-chia-se-voi-he-thong-nhan", "description": "Cổng dịch vụ công tỉnh Kiên Giang", "active": true}""";

    private final SubscriptionService service;
    private final Caller caller;

    public SubscriptionResource(SubscriptionService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    /** Creates a subscription. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createSubscription", summary = "Subscribe a system to event types",
            description = "Creates a webhook subscription. The URL must be https in production and must not point at loopback or "
                    + "private addresses outside the local and test profiles (422). The secret is required and never returned. Role: press-admin.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SubscriptionRequest.class), examples = @ExampleObject(name = "provincial portal", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created.",
            headers = @Header(name = "Location", description = "URL of the subscription.", schema = @Schema(type = SchemaType.STRING, maxLength = 8192)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubscriptionResponse.class)))
    public Response create(@Valid @NotNull SubscriptionRequest request, @Context UriInfo uriInfo) {
        Subscription s = service.create(request, caller.id());
        URI location = uriInfo.getBaseUriBuilder().path(SubscriptionResource.class).path(s.id.toString()).build();
        return Response.created(location).entity(SubscriptionResponse.of(s)).build();
    }

    /** Lists subscriptions. */
    @GET
    @Operation(operationId = "listSubscriptions", summary = "List webhook subscriptions", description = "Newest first. Role: press-admin.")
    @APIResponse(responseCode = "200", description = "One page of subscriptions.",
            headers = @Header(name = "Link", description = "RFC 8288 pagination links.", schema = @Schema(type = SchemaType.STRING, maxLength = 20000)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubscriptionPage.class)))
    public Response list(@BeanParam @Valid PageRequest page, @Context UriInfo uriInfo) {
        return PageResponses.ok(service.page(page), uriInfo);
    }

    /** One subscription. */
    @GET
    @Path("/{id}")
    @Operation(operationId = "getSubscription", summary = "Get a webhook subscription", description = "Without its secret. Role: press-admin.")
    @APIResponse(responseCode = "200", description = "The subscription.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubscriptionResponse.class)))
    public SubscriptionResponse get(@Parameter(description = "Subscription id.") @PathParam("id") UUID id) {
        return SubscriptionResponse.of(service.get(id));
    }

    /** Replaces a subscription. */
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceSubscription", summary = "Change a webhook subscription",
            description = "Replaces URL, event types, description and active flag; the secret only when one is sent. Deactivating stops "
                    + "pending deliveries too (they fail as inactive). Role: press-admin.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SubscriptionRequest.class), examples = @ExampleObject(name = "provincial portal", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The subscription as now stored.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubscriptionResponse.class)))
    public SubscriptionResponse replace(@Parameter(description = "Subscription id.") @PathParam("id") UUID id,
            @Valid @NotNull SubscriptionRequest request) {
        return SubscriptionResponse.of(service.replace(id, request));
    }

    @Schema(name = "SubscriptionPage", description = "One page of webhook subscriptions.")
    public record SubscriptionPage(@Schema(maxItems = PageRequest.MAX_SIZE) List<SubscriptionResponse> items, @Schema(example = "0", minimum = "0", maximum = "100000") int page,
            @Schema(example = "20", minimum = "1", maximum = "100") int size,
            @Schema(example = "39", minimum = "0", maximum = "9223372036854775807") long total) {
    }
}
