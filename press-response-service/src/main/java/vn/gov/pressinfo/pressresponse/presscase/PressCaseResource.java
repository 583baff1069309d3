package vn.gov.pressinfo.pressresponse.presscase;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
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
import vn.gov.pressinfo.web.ETags;
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.PageResponses;

/** Cases of possibly false press information (vụ việc thông tin sai sự thật trên báo chí). */
@Path("/api/v1/press-items")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = PressCaseResource.TAG, description = "Press items followed as cases, from detection to a correction or an escalation: "
        + "DETECTED → ASSIGNED → VERIFYING → (ACCURATE: REMEDYING → REMEDIED) | (FLAGGED → RESPONSE_DRAFTED → RESPONSE_APPROVED → "
        + "AWAITING_CORRECTION → CORRECTED | NOT_CORRECTED → ESCALATED) → CLOSED. An illegal step answers 409 naming the current "
        + "state and the allowed ones; every step is recorded with who, when and why. press-monitor registers and verifies cases "
        + "of any agency, an agency officer acts on its own agency's cases, press-admin on all, auditor reads.")
@SecurityRequirement(name = "bearer")
public class PressCaseResource {

    public static final String TAG = "Press cases";
    private static final String ALL_ROLES_NOTE = " Roles: press-admin, press-monitor, auditor, system, agency-officer (own agency only).";
    private static final String REGISTER_EXAMPLE = """
            {"outletName": "Báo Điện tử ABC", "medium": "ONLINE",
             "url": "https://baoabc.vn/tin-gia-ve-dich-benh-123.html?utm_source=facebook",
             "title": "Phát hiện ổ dịch lạ tại Rạch Giá", "publishedAt": "2026-11-21T23:10:00Z",
             "excerpt": "Bài viết cho rằng đã có 50 ca tử vong do dịch lạ.",
             "concernedAgencyId": "3f1c2a9e-7d44-4a53-9b0e-1d2f3a4b5c6d", "topic": "HEALTH", "sensitivity": "HOT", "source": "MONITORING"}""";

    private final PressCaseService service;
    private final Caller caller;

    public PressCaseResource(PressCaseService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    /** Lists cases. */
    @GET
    @RolesAllowed({Roles.PRESS_ADMIN, Roles.PRESS_MONITOR, Roles.AUDITOR, Roles.SYSTEM, Roles.AGENCY_OFFICER})
    @Operation(operationId = "listPressCases", summary = "List cases",
            description = "Cases, newest first, filtered by responsible agency, state, medium, topic, sensitivity, verdict and whether "
                    + "they await reassignment by the department after a reorganisation; q "
                    + "searches title and outlet ignoring case and Vietnamese diacritics (\"dich la\" finds \"dịch lạ\"). An agency "
                    + "officer sees only its own agency's cases." + ALL_ROLES_NOTE)
    @APIResponse(responseCode = "200", description = "One page of cases; Link names the first, previous, next and last pages.",
            headers = @Header(name = "Link", description = "RFC 8288 pagination links.", schema = @Schema(type = SchemaType.STRING, maxLength = 20000)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PressCasePage.class)))
    public Response list(
            @Parameter(description = "Part of the title or outlet name; case and accents optional.", example = "dich la")
            @QueryParam("q") @Size(max = 200) String q,
            @Parameter(description = "Only cases of this responsible agency.") @QueryParam("agencyId") UUID agencyId,
            @Parameter(description = "Only cases in this state.", example = "FLAGGED") @QueryParam("state") CaseState state,
            @Parameter(description = "Only this medium.", example = "ONLINE") @QueryParam("medium") Medium medium,
            @Parameter(description = "Only this topic.", example = "HEALTH") @QueryParam("topic") Topic topic,
            @Parameter(description = "Only this sensitivity.", example = "HOT") @QueryParam("sensitivity") Sensitivity sensitivity,
            @Parameter(description = "Only this verdict.", example = "FALSE") @QueryParam("verdict") Verdict verdict,
            @Parameter(description = "true: only cases a reorganisation returned to the department that await reassignment "
                    + "(chờ Sở giao lại); false: only the others.", example = "true")
            @QueryParam("awaitingReassignment") Boolean awaitingReassignment,
            @BeanParam @Valid PageRequest page,
            @Context UriInfo uriInfo) {
        var filter = new PressCaseListQueries.Filter(agencyId, state, medium, topic, sensitivity, verdict, awaitingReassignment, q);
        return PageResponses.ok(service.search(filter, page), uriInfo);
    }

    /** Registers a press item as a case. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRESS_ADMIN, Roles.PRESS_MONITOR, Roles.SYSTEM, Roles.AGENCY_OFFICER})
    @Operation(operationId = "registerPressItem", summary = "Register a press item",
            description = "Registers an item as a DETECTED case. The concerned agency must be known from registry and becomes the "
                    + "responsible agency; the verification deadline is counted in working days from today (Asia/Ho_Chi_Minh) by "
                    + "the rule in force. The URL is normalised (lower-case scheme and host, no fragment, no trailing slash, no "
                    + "utm_* parameters): an item already followed answers 409 naming its case. Publishes PressItemDetected. Send "
                    + "an Idempotency-Key to make retries safe. Roles: press-monitor, press-admin, system, agency-officer (own agency).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RegisterPressItemRequest.class), examples = @ExampleObject(name = "online", value = REGISTER_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Registered; Location names the case.",
            headers = {@Header(name = "Location", description = "URL of the case.", schema = @Schema(type = SchemaType.STRING, maxLength = 8192)),
                    @Header(name = "ETag", description = "Version of the case.", schema = @Schema(type = SchemaType.STRING, maxLength = 100))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PressCaseResponse.class)))
    public Response register(
            @Parameter(in = ParameterIn.HEADER, name = "Idempotency-Key", description = "Makes retries safe: the same key and body replay the first response.",
                    example = "5b0c6a52-6f1e-4d33-a1f1-0b4a0e6c9d11") @HeaderParam("Idempotency-Key") @Size(max = 200) String idempotencyKey,
            @Valid @NotNull RegisterPressItemRequest request,
            @Context UriInfo uriInfo) {
        PressCase c = service.register(request, caller.id());
        URI location = uriInfo.getBaseUriBuilder().path(PressCaseResource.class).path(c.id.toString()).build();
        return Response.created(location).tag(ETags.of(c.version)).entity(PressCaseResponse.of(c)).build();
    }

    /** One case. */
    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PRESS_ADMIN, Roles.PRESS_MONITOR, Roles.AUDITOR, Roles.SYSTEM, Roles.AGENCY_OFFICER})
    @Operation(operationId = "getPressCase", summary = "Get a case",
            description = "The case with its state, the states it may move to, its verdict and deadlines." + ALL_ROLES_NOTE)
    @APIResponse(responseCode = "200", description = "The case.",
            headers = @Header(name = "ETag", description = "Version of the case.", schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PressCaseResponse.class)))
    public Response get(@Parameter(description = "Case id.") @PathParam("id") UUID id) {
        PressCase c = service.get(id);
        return Response.ok(PressCaseResponse.of(c)).tag(ETags.of(c.version)).build();
    }

    /** The steps of a case. */
    @GET
    @Path("/{id}/transitions")
    @RolesAllowed({Roles.PRESS_ADMIN, Roles.PRESS_MONITOR, Roles.AUDITOR, Roles.SYSTEM, Roles.AGENCY_OFFICER})
    @Operation(operationId = "listCaseTransitions", summary = "Steps of a case",
            description = "Every recorded step of the case, oldest first: action, states before and after, who, when, note."
                    + ALL_ROLES_NOTE)
    @APIResponse(responseCode = "200", description = "The steps, oldest first.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TransitionResponse.class, type = SchemaType.ARRAY, maxItems = 10000)))
    public List<TransitionResponse> transitions(@Parameter(description = "Case id.") @PathParam("id") UUID id) {
        return service.history(id).stream().map(TransitionResponse::of).toList();
    }

    /** Assigns or reassigns the case. */
    @POST
    @Path("/{id}/assignment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRESS_ADMIN, Roles.PRESS_MONITOR, Roles.AGENCY_OFFICER})
    @Operation(operationId = "assignPressCase", summary = "Assign a case",
            description = "DETECTED → ASSIGNED to the responsible agency (the concerned agency unless agencyId names another known "
                    + "agency). Before the verdict (ASSIGNED, VERIFYING) it reassigns without changing the state; the step is "
                    + "recorded either way. A case a reorganisation returned to the press management department "
                    + "(awaitingReassignment=true) is given to another active agency named by agencyId (required) in any open "
                    + "state, the state kept (after the verdict by press-admin only); that clears the flag. "
                    + "Roles: press-admin, press-monitor, agency-officer of the current responsible agency.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CaseCommands.Assignment.class), examples = {@ExampleObject(name = "reassign",
            value = "{\"agencyId\": \"3f1c2a9e-7d44-4a53-9b0e-1d2f3a4b5c6d\", \"note\": \"Giao Sở Y tế chủ trì xác minh\"}"),
            @ExampleObject(name = "returned by a reorganisation", value = "{\"agencyId\": \"8b6d1f2e-4c3a-4e5f-9a1b-2c3d4e5f6a7b\", "
                    + "\"note\": \"Sở giao Ủy ban nhân dân xã Vĩnh Hòa Hiệp tiếp tục theo dõi việc cải chính\"}")}))
    @APIResponse(responseCode = "200", description = "The case after the step.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PressCaseResponse.class)))
    public Response assign(@Parameter(description = "Case id.") @PathParam("id") UUID id, @Valid @NotNull CaseCommands.Assignment request) {
        return ok(service.assign(id, request, caller.id()));
    }

    /** Starts verification. */
    @POST
    @Path("/{id}/verification")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRESS_ADMIN, Roles.PRESS_MONITOR, Roles.AGENCY_OFFICER})
    @Operation(operationId = "startVerification", summary = "Start verification",
            description = "ASSIGNED → VERIFYING. Roles: press-admin, press-monitor, agency-officer (own agency).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CaseCommands.Note.class), examples = @ExampleObject(name = "start",
            value = "{\"note\": \"Bắt đầu xác minh với Trung tâm Kiểm soát bệnh tật\"}")))
    @APIResponse(responseCode = "200", description = "The case after the step.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PressCaseResponse.class)))
    public Response startVerification(@Parameter(description = "Case id.") @PathParam("id") UUID id, @Valid @NotNull CaseCommands.Note request) {
        return ok(service.startVerification(id, request, caller.id()));
    }

    /** Records the verdict. */
    @POST
    @Path("/{id}/verdict")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRESS_ADMIN, Roles.PRESS_MONITOR, Roles.AGENCY_OFFICER})
    @Operation(operationId = "recordVerdict", summary = "Record the verdict",
            description = "VERIFYING → REMEDYING (ACCURATE: the agency remedies the issue by the remedy deadline) or FLAGGED "
                    + "(INACCURATE, FALSE, MISLEADING: publishes FalseInfoFlagged with the rebuttal's response deadline). "
                    + "Roles: press-admin, press-monitor, agency-officer (own agency).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CaseCommands.VerdictRequest.class), examples = @ExampleObject(name = "false",
            value = "{\"verdict\": \"FALSE\", \"reasoning\": \"Sở Y tế xác nhận không có ca tử vong nào.\", "
                    + "\"evidenceLinks\": [\"https://soyte.kiengiang.gov.vn/thong-bao-123\"]}")))
    @APIResponse(responseCode = "200", description = "The case after the verdict.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PressCaseResponse.class)))
    public Response verdict(@Parameter(description = "Case id.") @PathParam("id") UUID id, @Valid @NotNull CaseCommands.VerdictRequest request) {
        return ok(service.recordVerdict(id, request, caller.id()));
    }

    /** Reports the remedy of an accurate item. */
    @POST
    @Path("/{id}/remedy")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRESS_ADMIN, Roles.AGENCY_OFFICER})
    @Operation(operationId = "reportRemedy", summary = "Report the remedy",
            description = "REMEDYING → REMEDIED: the agency reports how it remedied the issue the accurate item raised. "
                    + "Roles: press-admin, agency-officer (own agency).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CaseCommands.RemedyReport.class), examples = @ExampleObject(name = "remedied",
            value = "{\"report\": \"Đã sửa chữa đoạn đường bị sạt lở và thông báo cho người dân.\"}")))
    @APIResponse(responseCode = "200", description = "The case after the step.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PressCaseResponse.class)))
    public Response remedy(@Parameter(description = "Case id.") @PathParam("id") UUID id, @Valid @NotNull CaseCommands.RemedyReport request) {
        return ok(service.reportRemedy(id, request, caller.id()));
    }

    /** Escalates a case without correction. */
    @POST
    @Path("/{id}/escalation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRESS_ADMIN, Roles.AGENCY_OFFICER})
    @Operation(operationId = "escalatePressCase", summary = "Escalate a case",
            description = "NOT_CORRECTED → ESCALATED: a request via the department, a complaint to the press agency's governing "
                    + "body, a sanction proposal or a lawsuit. Publishes CaseEscalated. Roles: press-admin, agency-officer (own agency).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CaseCommands.Escalation.class), examples = @ExampleObject(name = "sanction",
            value = "{\"kind\": \"SANCTION_PROPOSAL\", \"note\": \"Đề nghị xử phạt theo Nghị định 119/2020/NĐ-CP.\"}")))
    @APIResponse(responseCode = "200", description = "The case after the step.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PressCaseResponse.class)))
    public Response escalate(@Parameter(description = "Case id.") @PathParam("id") UUID id, @Valid @NotNull CaseCommands.Escalation request) {
        return ok(service.escalate(id, request, caller.id()));
    }

    /** Closes a case. */
    @POST
    @Path("/{id}/closure")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRESS_ADMIN, Roles.PRESS_MONITOR, Roles.AGENCY_OFFICER})
    @Operation(operationId = "closePressCase", summary = "Close a case",
            description = "→ CLOSED with an outcome that fits: WITHDRAWN or NO_ACTION_NEEDED before a verdict, REMEDIED after a "
                    + "remedy, CORRECTED after a correction, NOT_CORRECTED, SANCTIONED or CORRECTED after an escalation. Publishes "
                    + "CaseClosed. Roles: press-admin, press-monitor, agency-officer (own agency).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CaseCommands.Closure.class), examples = @ExampleObject(name = "corrected",
            value = "{\"outcome\": \"CORRECTED\", \"note\": \"Báo đã cải chính đúng quy định.\"}")))
    @APIResponse(responseCode = "200", description = "The closed case.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PressCaseResponse.class)))
    public Response close(@Parameter(description = "Case id.") @PathParam("id") UUID id, @Valid @NotNull CaseCommands.Closure request) {
        return ok(service.close(id, request, caller.id()));
    }

    private static Response ok(PressCase c) {
        return Response.ok(PressCaseResponse.of(c)).tag(ETags.of(c.version)).build();
    }
}
