package vn.gov.pressinfo.pressresponse.incident;

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
import vn.gov.pressinfo.pressresponse.agency.Reassignment;
import vn.gov.pressinfo.security.Roles;
import vn.gov.pressinfo.web.ETags;
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.PageResponses;

/** Incidents (vụ việc đột xuất, bất thường): registration, list, reading, and agencies' initial statement deadlines. */
@Path("/api/v1/incidents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = IncidentResource.TAG, description = IncidentResource.TAG_DESCRIPTION)
@SecurityRequirement(name = "bearer")
public class IncidentResource {

    static final String TAG = "Incidents";
    static final String TAG_DESCRIPTION = "Unexpected or serious events (vụ việc đột xuất, bất thường; Decree 09/2017) with a lead "
            + "agency (chủ trì) and coordinating agencies (phối hợp). The lead owes an initial statement within 24 hours of the "
            + "event becoming known by default (a dated deadline rule), or within its own dated override. Whether it spoke in "
            + "time is derived from the statements recorded about the incident; a scan publishes InitialStatementOverdue once "
            + "per incident that passed the deadline without one.";
    static final String READERS = " Roles: press-admin, press-monitor, auditor, system, agency-officer (incidents its agency leads "
            + "or coordinates).";
    private static final String REGISTER_EXAMPLE = """
            {"summary": "Sạt lở bờ sông Cái Lớn làm sập 5 căn nhà tại xã Vĩnh Hòa Hiệp", "severity": "VERY_SERIOUS",
             "occurredAt": "2026-11-23T20:30:00Z", "knownAt": "2026-11-23T22:00:00Z",
             "leadAgencyId": "3f1c2a9e-7d44-4a53-9b0e-1d2f3a4b5c6d",
             "coordinatingAgencyIds": ["6b5a4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d"]}""";
    private static final String OVERRIDE_EXAMPLE = """
            {"hours": 12, "effectiveFrom": "2027-01-01",
             "legalBasis": "Quy chế phát ngôn của Sở Y tế (Quyết định số 15/QĐ-SYT)"}""";

    private final IncidentService service;
    private final Caller caller;

    public IncidentResource(IncidentService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    /** Lists incidents. */
    @GET
    @RolesAllowed({Roles.PRESS_ADMIN, Roles.PRESS_MONITOR, Roles.AUDITOR, Roles.SYSTEM, Roles.AGENCY_OFFICER})
    @Operation(operationId = "listIncidents", summary = "List incidents",
            description = "Incidents, latest known first, filtered by agency (lead or coordinating) and by whether the initial "
                    + "statement deadline passed without a statement of the lead (overdue=true) or not (overdue=false), and by whether "
                    + "they await reassignment by the department after a reorganisation." + READERS)
    @APIResponse(responseCode = "200", description = "One page of incidents; Link names the first, previous, next and last pages.",
            headers = @Header(name = "Link", description = "RFC 8288 pagination links.", schema = @Schema(type = SchemaType.STRING, maxLength = 20000)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IncidentPage.class)))
    public Response list(
            @Parameter(description = "Only incidents this agency leads or coordinates.") @QueryParam("agencyId") UUID agencyId,
            @Parameter(description = "true: only incidents whose deadline passed without a statement of the lead by it; false: the others.",
                    example = "true") @QueryParam("overdue") Boolean overdue,
            @Parameter(description = "true: only incidents a reorganisation returned to the department that await a new lead "
                    + "(chờ Sở giao lại); false: only the others.", example = "true")
            @QueryParam("awaitingReassignment") Boolean awaitingReassignment,
            @BeanParam @Valid PageRequest page,
            @Context UriInfo uriInfo) {
        return PageResponses.ok(service.search(agencyId, overdue, awaitingReassignment, page), uriInfo);
    }

    /** Registers an incident. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRESS_ADMIN, Roles.PRESS_MONITOR, Roles.SYSTEM, Roles.AGENCY_OFFICER})
    @Operation(operationId = "registerIncident", summary = "Register an incident",
            description = "Registers an unexpected or serious event. knownAt may lie in the past but not in the future; the lead's "
                    + "initial statement is due after the lead agency's override in force on that day (Asia/Ho_Chi_Minh), else after "
                    + "the INITIAL_STATEMENT deadline rule (24 hours). Coordinating agencies (0 to 20) must be known and differ from "
                    + "the lead. Publishes IncidentRegistered. Roles: press-admin, press-monitor, system, agency-officer (its "
                    + "agency leads or coordinates).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = IncidentRequests.Register.class),
            examples = @ExampleObject(name = "landslide", value = REGISTER_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Registered; Location names the incident.",
            headers = {@Header(name = "Location", description = "URL of the incident.", schema = @Schema(type = SchemaType.STRING, maxLength = 8192)),
                    @Header(name = "ETag", description = "Version of the incident.", schema = @Schema(type = SchemaType.STRING, maxLength = 100))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IncidentResponse.class)))
    public Response register(@Valid @NotNull IncidentRequests.Register request, @Context UriInfo uriInfo) {
        Incident i = service.register(request, caller.id());
        URI location = uriInfo.getBaseUriBuilder().path(IncidentResource.class).path(i.id.toString()).build();
        return Response.created(location).tag(ETags.of(i.version)).entity(service.view(i)).build();
    }

    /** One incident. */
    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PRESS_ADMIN, Roles.PRESS_MONITOR, Roles.AUDITOR, Roles.SYSTEM, Roles.AGENCY_OFFICER})
    @Operation(operationId = "getIncident", summary = "Get an incident",
            description = "The incident with its initial statement deadline, whether the lead spoke about it in time and the "
                    + "derived status (AWAITING_STATEMENT, STATEMENT_ON_TIME, STATEMENT_LATE, OVERDUE)." + READERS)
    @APIResponse(responseCode = "200", description = "The incident.",
            headers = @Header(name = "ETag", description = "Version of the incident.", schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IncidentResponse.class)))
    public Response get(@Parameter(description = "Incident id.") @PathParam("id") UUID id) {
        Incident i = service.get(id);
        return Response.ok(service.view(i)).tag(ETags.of(i.version)).build();
    }

    /** The recorded changes of an incident's agencies. */
    @GET
    @Path("/{id}/transitions")
    @RolesAllowed({Roles.PRESS_ADMIN, Roles.PRESS_MONITOR, Roles.AUDITOR, Roles.SYSTEM, Roles.AGENCY_OFFICER})
    @Operation(operationId = "listIncidentTransitions", summary = "Changes of an incident's agencies",
            description = "Every recorded change of the lead or coordinating agencies, oldest first: moves by a reorganisation "
                    + "(MOVED_BY_REORGANISATION, RETURNED_TO_DEPARTMENT, COORDINATION_MOVED) and reassignments by the department "
                    + "(REASSIGNED), with who, when and a Vietnamese note." + READERS)
    @APIResponse(responseCode = "200", description = "The changes, oldest first.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = IncidentTransitionResponse.class, type = SchemaType.ARRAY, maxItems = 10000)))
    public List<IncidentTransitionResponse> transitions(@Parameter(description = "Incident id.") @PathParam("id") UUID id) {
        return service.history(id).stream().map(IncidentTransitionResponse::of).toList();
    }

    /** Names another lead for an incident returned to the department by a reorganisation. */
    @POST
    @Path("/{id}/reassignment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PRESS_ADMIN)
    @Operation(operationId = "reassignIncident", summary = "Reassign a returned incident",
            description = "An incident a reorganisation returned to the press management department (awaitingReassignment=true, "
                    + "because no successor took its lead's work) gets another lead, an active agency known from registry. The "
                    + "initial statement deadline stands. The flag clears and the step is recorded; a new lead that coordinated "
                    + "the incident leaves the coordinating agencies. An incident that does not await reassignment answers 409. "
                    + "Roles: press-admin.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Reassignment.class), examples = @ExampleObject(name = "to a commune",
            value = "{\"agencyId\": \"8b6d1f2e-4c3a-4e5f-9a1b-2c3d4e5f6a7b\", "
                    + "\"note\": \"Sở giao Ủy ban nhân dân xã Vĩnh Hòa Hiệp chủ trì phát ngôn về vụ sạt lở\"}")))
    @APIResponse(responseCode = "200", description = "The incident with its new lead.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IncidentResponse.class)))
    public Response reassign(@Parameter(description = "Incident id.") @PathParam("id") UUID id, @Valid @NotNull Reassignment request) {
        Incident i = service.reassign(id, request, caller.id());
        return Response.ok(service.view(i)).tag(ETags.of(i.version)).build();
    }

    /** Sets an agency's own initial statement deadline. */
    @PUT
    @Path("/initial-statement-overrides/{agencyId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PRESS_ADMIN)
    @Operation(operationId = "putInitialStatementOverride", summary = "Set an agency's initial statement deadline",
            description = "Records the agency's own initial statement deadline in hours from a date (replacing the one recorded for "
                    + "the same date). It applies to incidents the agency leads that become known on or after that day; incidents "
                    + "already registered keep their deadline. Roles: press-admin.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = IncidentRequests.Override.class),
            examples = @ExampleObject(name = "12 hours", value = OVERRIDE_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The override as recorded.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InitialStatementOverrideResponse.class)))
    public InitialStatementOverrideResponse override(@Parameter(description = "The agency (from registry).") @PathParam("agencyId") UUID agencyId,
            @Valid @NotNull IncidentRequests.Override request) {
        return InitialStatementOverrideResponse.of(service.override(agencyId, request, caller.id()));
    }
}
