package vn.gov.pressinfo.notification.routing;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

import vn.gov.pressinfo.security.Caller;
import vn.gov.pressinfo.security.Roles;

/** Routing rules (quy tắc gửi thông báo): which recipients each event type goes to. */
@Path("/api/v1/routing-rules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Routing rules", description = "Which recipients each event type reaches: the concerned agency (its spokesperson's "
        + "email and its in-app inbox; the agency named by the rule's agencyField, by default agencyIds or agencyId of the event data), "
        + "the press management department (the agency holding the PRESS_MANAGEMENT_DEPARTMENT role on the event's date: the "
        + "officers recorded for it and its inbox) and webhook subscribers. A kind may hold only when a field of the event data has "
        + "a value (conditions). Shipped with defaults; press-admin may change the kinds.")
@SecurityRequirement(name = "bearer")
public class RoutingRuleResource {

    private static final String EXAMPLE = """
            {"recipientKinds": ["AGENCY", "DEPARTMENT", "SUBSCRIBERS"]}""";

    private final RoutingRuleService service;
    private final Caller caller;

    public RoutingRuleResource(RoutingRuleService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    /** Every event type of the catalogue with its recipient kinds. */
    @GET
    @RolesAllowed({Roles.PRESS_ADMIN, Roles.AUDITOR})
    @Operation(operationId = "listRoutingRules", summary = "List the routing rules",
            description = "Every event type of the catalogue with the kinds of recipient it reaches (empty: not notified). "
                    + "Roles: press-admin, auditor.")
    @APIResponse(responseCode = "200", description = "The rules, in catalogue order.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoutingRuleResponse.class, type = SchemaType.ARRAY, maxItems = 10000)))
    public List<RoutingRuleResponse> list() {
        return service.list();
    }

    /** Replaces the recipient kinds of one event type. */
    @PUT
    @Path("/{eventType}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PRESS_ADMIN)
    @Operation(operationId = "replaceRoutingRule", summary = "Change who receives an event type",
            description = "Replaces the set of recipient kinds of one event type; applies to events consumed from now on. "
                    + "404 for a type that is not in the catalogue. Role: press-admin.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RoutingRuleUpdate.class), examples = @ExampleObject(name = "agency and department", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The rule as now stored.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoutingRuleResponse.class)))
    public RoutingRuleResponse replace(
            @Parameter(description = "CloudEvents type.", example = "vn.gov.pressinfo.reporting.ReportOverdue.v1") @PathParam("eventType") @Size(max = 200) String eventType,
            @Valid @NotNull RoutingRuleUpdate update) {
        return service.replace(eventType, update.recipientKinds(), caller.id());
    }
}
