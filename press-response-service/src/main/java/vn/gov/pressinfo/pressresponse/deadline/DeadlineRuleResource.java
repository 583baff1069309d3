package vn.gov.pressinfo.pressresponse.deadline;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import vn.gov.pressinfo.security.Caller;
import vn.gov.pressinfo.security.Roles;

/** Deadline rules (thời hạn) with their legal basis and effective dates. */
@Path("/api/v1/deadline-rules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Deadline rules", description = "Deadlines of the workflow as data: verification and remedy in working days, the "
        + "rebuttal response, and the correction deadline by outlet medium, each with its legal basis and the day it takes "
        + "effect (Decree 09/2017, Press Law 2016 Art. 42, Press Law 2025 from 2026-07-01). A case uses the rule in force on "
        + "the day its deadline starts.")
@SecurityRequirement(name = "bearer")
@Authenticated
public class DeadlineRuleResource {

    private static final String EXAMPLE = """
            {"kind": "CORRECTION", "medium": "MAGAZINE", "amount": 7, "unit": "CALENDAR_DAYS", "effectiveFrom": "2026-07-01",
             "legalBasis": "Luật Báo chí 2025: cải chính trong số phát hành kế tiếp"}""";

    private final DeadlineRuleService service;
    private final Caller caller;

    public DeadlineRuleResource(DeadlineRuleService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    /** Every deadline rule. */
    @GET
    @Operation(operationId = "listDeadlineRules", summary = "List deadline rules",
            description = "Every rule, by kind, medium and effective date (older rules stay: they apply to deadlines that "
                    + "started while they were in force). Any authenticated role may read.")
    @APIResponse(responseCode = "200", description = "The rules.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DeadlineRuleResponse.class, type = SchemaType.ARRAY, maxItems = 10000)))
    public List<DeadlineRuleResponse> list() {
        return service.all().stream().map(DeadlineRuleResponse::of).toList();
    }

    /** Records a rule that takes over from a date. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRESS_ADMIN})
    @Operation(operationId = "recordDeadlineRule", summary = "Record a deadline rule",
            description = "Adds a rule that applies to deadlines starting on or after effectiveFrom; earlier deadlines keep "
                    + "their rule. CORRECTION rules name a medium, the others do not. Role: press-admin.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DeadlineRuleRequest.class), examples = @ExampleObject(name = "magazine", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Recorded.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DeadlineRuleResponse.class)))
    public Response record(@Valid @NotNull DeadlineRuleRequest request) {
        return Response.status(Response.Status.CREATED).entity(DeadlineRuleResponse.of(service.record(request, caller.id()))).build();
    }
}
