package vn.gov.pressinfo.pressresponse.duty;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.gov.pressinfo.security.Caller;
import vn.gov.pressinfo.security.Roles;

/** Periodic duties to inform the press (chế độ phát ngôn, cung cấp thông tin định kỳ): the rules and each agency's record. */
@Path("/api/v1/press-duties")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = PressDutyResource.TAG, description = PressDutyResource.TAG_DESCRIPTION)
@SecurityRequirement(name = "bearer")
public class PressDutyResource {

    static final String TAG = "Press duties";
    static final String TAG_DESCRIPTION = "Dated rules of who must inform the press how often (Decree 09/2017: the provincial "
            + "People's Committee informs the press monthly and holds a press conference each quarter). Each calendar month or "
            + "quarter (Asia/Ho_Chi_Minh) of each agency that owes a duty is MET when enough statements in the listed forms were "
            + "recorded in it, MISSED when it closed without, OPEN while it runs. A check publishes PressDutyMissed once per duty, "
            + "agency and period, for the most recent closed period only.";
    private static final String CREATE_EXAMPLE = """
            {"agencyId": "3f1c2a9e-7d44-4a53-9b0e-1d2f3a4b5c6d",
             "name": "Sở Y tế cung cấp thông tin định kỳ cho báo chí hằng quý", "frequency": "QUARTERLY",
             "forms": ["PRESS_CONFERENCE", "PRESS_BRIEFING"], "minCount": 1, "effectiveFrom": "2027-01-01",
             "legalBasis": "Quy chế phát ngôn của Sở Y tế (Quyết định số 15/QĐ-SYT)"}""";

    private final PressDutyService service;
    private final Caller caller;

    public PressDutyResource(PressDutyService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    /** Lists duties with each agency's recent periods. */
    @GET
    @RolesAllowed({Roles.PRESS_ADMIN, Roles.PRESS_MONITOR, Roles.AUDITOR, Roles.SYSTEM, Roles.AGENCY_OFFICER})
    @Operation(operationId = "listPressDuties", summary = "List periodic press duties",
            description = "Every duty with, for each agency that owes it, the closed periods of the last year the duty covers "
                    + "(12 months or 4 quarters; MET or MISSED) and the open one (OPEN), oldest first. agencyId keeps the duties that "
                    + "agency owes and only its record. Roles: press-admin, press-monitor, auditor, system, agency-officer (its own "
                    + "agency's record).")
    @APIResponse(responseCode = "200", description = "The duties.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PressDutyResponse.class, type = SchemaType.ARRAY, maxItems = 10000)))
    public List<PressDutyResponse> list(@Parameter(description = "Only the duties this agency owes, and its record.") @QueryParam("agencyId") UUID agencyId) {
        return service.list(agencyId);
    }

    /** Records a duty. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PRESS_ADMIN)
    @Operation(operationId = "createPressDuty", summary = "Record a periodic press duty",
            description = "Records a duty for one agency (agencyId, a known agency) or every active agency of a type (agencyType), "
                    + "not both; 422 names the offending field. Roles: press-admin.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DutyRequests.Create.class),
            examples = @ExampleObject(name = "quarterly briefing", value = CREATE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Recorded; Location names the duty list of the agency or all duties.",
            headers = @Header(name = "Location", description = "URL of the duty list.", schema = @Schema(type = SchemaType.STRING, maxLength = 8192)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PressDutyResponse.class)))
    public Response create(@Valid @NotNull DutyRequests.Create request, @Context UriInfo uriInfo) {
        PressDuty d = service.create(request, caller.id());
        var location = uriInfo.getBaseUriBuilder().path(PressDutyResource.class);
        if (d.agencyId != null) {
            location.queryParam("agencyId", d.agencyId);
        }
        URI uri = location.build();
        return Response.created(uri).entity(PressDutyResponse.of(d, List.of())).build();
    }
}
