package vn.gov.pressinfo.pressresponse.inquiry;

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
import vn.gov.pressinfo.web.Problem;
import vn.gov.pressinfo.web.ProblemException;
import vn.gov.pressinfo.web.ProblemType;

/** Journalists' requests for information (yêu cầu cung cấp thông tin của báo chí): registration, list, reading. */
@Path("/api/v1/press-inquiries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = PressInquiryResource.TAG, description = PressInquiryResource.TAG_DESCRIPTION)
@SecurityRequirement(name = "bearer")
public class PressInquiryResource {

    static final String TAG = "Press inquiries";
    static final String TAG_DESCRIPTION = "A journalist's request for information to an agency (Decree 09/2017; Press Law 2016 "
            + "Art. 38, Press Law 2025), with its legal clock in working days on the one working-day calendar: RECEIVED → ASSIGNED → "
            + "ANSWERED | PARTIALLY_ANSWERED | REFUSED (at least one legal ground) | TRANSFERRED (the competent agency's clock starts "
            + "anew) | WITHDRAWN → CLOSED; CLARIFICATION_REQUESTED pauses the clock. OVERDUE (default 5 working days) and "
            + "VERY_OVERDUE (10) are derived, from dated deadline rules. An illegal step answers 409 naming the allowed states; "
            + "every step is recorded with who, when and why. Agency officers act on their own agency's inquiries; press-monitor "
            + "and press-admin register for any agency; the provincial portal (system) registers with an Idempotency-Key; "
            + "auditor reads.";
    static final String READERS = " Roles: press-admin, press-monitor, auditor, system, agency-officer (own agency only).";
    private static final String REGISTER_EXAMPLE = """
            {"agencyId": "3f1c2a9e-7d44-4a53-9b0e-1d2f3a4b5c6d", "outletName": "Báo Kiên Giang", "journalistName": "Lê Minh Tâm",
             "pressCardNumber": "HN-12345", "channel": "EMAIL", "subject": "Tiến độ xây dựng Bệnh viện Đa khoa tỉnh",
             "questions": ["Dự án đã hoàn thành bao nhiêu phần trăm khối lượng?", "Khi nào bệnh viện được đưa vào sử dụng?"],
             "receivedAt": "2026-11-23T02:15:00Z"}""";
    private static final String LETTER_EXAMPLE = """
            {"agencyId": "3f1c2a9e-7d44-4a53-9b0e-1d2f3a4b5c6d", "outletName": "Đài Phát thanh và Truyền hình Kiên Giang",
             "journalistName": "Nguyễn Thị Mai", "introductionLetter": "Giấy giới thiệu số 45/GGT-PTTH ngày 20/11/2026",
             "channel": "OFFICIAL_LETTER", "subject": "Giá vé tham quan các điểm du lịch",
             "questions": ["Căn cứ điều chỉnh giá vé năm 2027 là gì?"]}""";

    private final PressInquiryService service;
    private final Caller caller;

    public PressInquiryResource(PressInquiryService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    /** Lists inquiries. */
    @GET
    @RolesAllowed({Roles.PRESS_ADMIN, Roles.PRESS_MONITOR, Roles.AUDITOR, Roles.SYSTEM, Roles.AGENCY_OFFICER})
    @Operation(operationId = "listPressInquiries", summary = "List press inquiries",
            description = "Inquiries, newest receipt first, filtered by agency, state and lateness (overdue=OVERDUE lists those past "
                    + "the answer deadline, VERY_OVERDUE those past the very-overdue one, both while awaiting the agency) and whether they "
                    + "await reassignment by the department after a reorganisation; q searches "
                    + "subject, outlet and journalist ignoring case and Vietnamese diacritics. An agency officer sees only its own "
                    + "agency's inquiries." + READERS)
    @APIResponse(responseCode = "200", description = "One page of inquiries; Link names the first, previous, next and last pages.",
            headers = @Header(name = "Link", description = "RFC 8288 pagination links.", schema = @Schema(type = SchemaType.STRING, maxLength = 20000)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PressInquiryPage.class)))
    public Response list(
            @Parameter(description = "Part of the subject, outlet or journalist; case and accents optional.", example = "benh vien")
            @QueryParam("q") @Size(max = 200) String q,
            @Parameter(description = "Only inquiries addressed to this agency.") @QueryParam("agencyId") UUID agencyId,
            @Parameter(description = "Only inquiries in this state.", example = "ASSIGNED") @QueryParam("state") InquiryState state,
            @Parameter(description = "Only inquiries at least this late.", example = "OVERDUE") @QueryParam("overdue") OverdueLevel overdue,
            @Parameter(description = "true: only inquiries a reorganisation returned to the department that await reassignment "
                    + "(chờ Sở giao lại); false: only the others.", example = "true")
            @QueryParam("awaitingReassignment") Boolean awaitingReassignment,
            @BeanParam @Valid PageRequest page,
            @Context UriInfo uriInfo) {
        return PageResponses.ok(service.search(new PressInquiryService.Filter(agencyId, state, overdue, awaitingReassignment, q), page), uriInfo);
    }

    /** Registers an inquiry. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRESS_ADMIN, Roles.PRESS_MONITOR, Roles.SYSTEM, Roles.AGENCY_OFFICER})
    @Operation(operationId = "registerPressInquiry", summary = "Register a press inquiry",
            description = "Registers a journalist's request as RECEIVED. receivedAt may lie in the past (a letter registered late): "
                    + "the clock runs from the day of receipt (Asia/Ho_Chi_Minh) by the deadline rules in force that day. The press "
                    + "card is checked against the registry's press cards and the result stored (VALID, EXPIRED, SUSPENDED, REVOKED, "
                    + "UNKNOWN; NOT_PRESENTED with a letter of introduction): a card that does not check out, or neither card nor "
                    + "letter, is accepted and flagged. Publishes PressInquiryReceived. Roles: press-admin, press-monitor, "
                    + "agency-officer (own agency), system (the provincial portal's form; Idempotency-Key required).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InquiryRequests.Register.class), examples = {
                    @ExampleObject(name = "press card", value = REGISTER_EXAMPLE),
                    @ExampleObject(name = "letter of introduction", value = LETTER_EXAMPLE)}))
    @APIResponse(responseCode = "201", description = "Registered; Location names the inquiry.",
            headers = {@Header(name = "Location", description = "URL of the inquiry.", schema = @Schema(type = SchemaType.STRING, maxLength = 8192)),
                    @Header(name = "ETag", description = "Version of the inquiry.", schema = @Schema(type = SchemaType.STRING, maxLength = 100))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PressInquiryResponse.class)))
    public Response register(
            @Parameter(in = ParameterIn.HEADER, name = "Idempotency-Key", description = "Makes retries safe: the same key and body "
                    + "replay the first response. Required for system callers.", example = "5b0c6a52-6f1e-4d33-a1f1-0b4a0e6c9d11")
            @HeaderParam("Idempotency-Key") @Size(max = 200) String idempotencyKey,
            @Valid @NotNull InquiryRequests.Register request,
            @Context UriInfo uriInfo) {
        if (caller.hasRole(Roles.SYSTEM) && (idempotencyKey == null || idempotencyKey.isBlank())) {
            throw new ProblemException(ProblemType.VALIDATION, 400, "A system caller must send an Idempotency-Key so that a retried "
                    + "form submission registers the inquiry once.", List.of(new Problem.FieldError("Idempotency-Key", "is required for system callers")));
        }
        PressInquiry q = service.register(request, caller.id());
        URI location = uriInfo.getBaseUriBuilder().path(PressInquiryResource.class).path(q.id.toString()).build();
        return Response.created(location).tag(ETags.of(q.version)).entity(service.view(q)).build();
    }

    /** One inquiry. */
    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PRESS_ADMIN, Roles.PRESS_MONITOR, Roles.AUDITOR, Roles.SYSTEM, Roles.AGENCY_OFFICER})
    @Operation(operationId = "getPressInquiry", summary = "Get a press inquiry",
            description = "The inquiry with its credential check, state, the states it may move to, its clock (due dates, pauses, "
                    + "derived lateness) and its answer or refusal." + READERS)
    @APIResponse(responseCode = "200", description = "The inquiry.",
            headers = @Header(name = "ETag", description = "Version of the inquiry.", schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PressInquiryResponse.class)))
    public Response get(@Parameter(description = "Inquiry id.") @PathParam("id") UUID id) {
        PressInquiry q = service.get(id);
        return Response.ok(service.view(q)).tag(ETags.of(q.version)).build();
    }

    /** The steps of an inquiry. */
    @GET
    @Path("/{id}/transitions")
    @RolesAllowed({Roles.PRESS_ADMIN, Roles.PRESS_MONITOR, Roles.AUDITOR, Roles.SYSTEM, Roles.AGENCY_OFFICER})
    @Operation(operationId = "listPressInquiryTransitions", summary = "Steps of a press inquiry",
            description = "Every recorded step, oldest first: action, states before and after, who, when, note; the deadline "
                    + "scan's OVERDUE and VERY_OVERDUE notices included." + READERS)
    @APIResponse(responseCode = "200", description = "The steps, oldest first.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InquiryTransitionResponse.class, type = SchemaType.ARRAY, maxItems = 10000)))
    public List<InquiryTransitionResponse> transitions(@Parameter(description = "Inquiry id.") @PathParam("id") UUID id) {
        return service.history(id).stream().map(InquiryTransitionResponse::of).toList();
    }
}
