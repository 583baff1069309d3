package vn.gov.pressinfo.pressresponse.inquiry;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.gov.pressinfo.pressresponse.agency.Reassignment;
import vn.gov.pressinfo.security.Caller;
import vn.gov.pressinfo.security.Roles;
import vn.gov.pressinfo.web.ETags;

/** The steps of a press inquiry between its receipt and its closure. */
@Path("/api/v1/press-inquiries/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = PressInquiryResource.TAG, description = PressInquiryResource.TAG_DESCRIPTION)
@SecurityRequirement(name = "bearer")
public class InquiryStepResource {

    private static final String ACTORS = " Roles: press-admin, agency-officer (own agency).";
    private static final String ANSWER_EXAMPLE = """
            {"form": "WRITTEN_ANSWER", "answer": "Dự án đã hoàn thành 85% khối lượng, dự kiến đưa vào sử dụng quý II/2027.",
             "spokespersonEmail": "nguyenvanan@soyte.kiengiang.gov.vn", "answeredAt": "2026-11-26T08:00:00Z"}""";
    private static final String PARTIAL_EXAMPLE = """
            {"form": "INTERVIEW", "answer": "Dự án đã hoàn thành 85% khối lượng.", "spokespersonEmail": "nguyenvanan@soyte.kiengiang.gov.vn",
             "refusedQuestions": [{"question": 2, "grounds": ["INSPECTION_IN_PROGRESS"],
             "reason": "Thanh tra tỉnh đang thanh tra tiến độ dự án, chưa có kết luận."}]}""";
    private static final String REFUSAL_EXAMPLE = """
            {"grounds": ["UNDER_INVESTIGATION"], "reason": "Vụ án đang trong giai đoạn điều tra, chưa có kết luận.",
             "spokespersonEmail": "phamquochung@congan.kiengiang.gov.vn"}""";

    private final PressInquiryService inquiries;
    private final InquiryStepService steps;
    private final Caller caller;

    public InquiryStepResource(PressInquiryService inquiries, InquiryStepService steps, Caller caller) {
        this.inquiries = inquiries;
        this.steps = steps;
        this.caller = caller;
    }

    /** Assigns the inquiry to the person who will answer. */
    @POST
    @Path("/assignment")
    @RolesAllowed({Roles.PRESS_ADMIN, Roles.AGENCY_OFFICER})
    @Operation(operationId = "assignPressInquiry", summary = "Assign a press inquiry",
            description = "RECEIVED → ASSIGNED (or a reassignment while ASSIGNED) to the agency's spokesperson, its head, or someone "
                    + "holding an authorization in force today, as the spokesperson registry records them; anyone else is 422." + ACTORS)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InquiryRequests.Assignment.class), examples = @ExampleObject(name = "spokesperson",
            value = "{\"spokespersonEmail\": \"nguyenvanan@soyte.kiengiang.gov.vn\", \"note\": \"Giao người phát ngôn của Sở trả lời\"}")))
    @APIResponse(responseCode = "200", description = "The inquiry after the step.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PressInquiryResponse.class)))
    public Response assign(@Parameter(description = "Inquiry id.") @PathParam("id") UUID id, @Valid @NotNull InquiryRequests.Assignment request) {
        return ok(steps.assign(id, request, caller.id()));
    }

    /** Asks the journalist to clarify; the clock pauses. */
    @POST
    @Path("/clarification-request")
    @RolesAllowed({Roles.PRESS_ADMIN, Roles.AGENCY_OFFICER})
    @Operation(operationId = "requestPressInquiryClarification", summary = "Ask the journalist to clarify",
            description = "RECEIVED or ASSIGNED → CLARIFICATION_REQUESTED: the clock pauses from today until the clarification "
                    + "arrives." + ACTORS)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InquiryRequests.ClarificationRequest.class), examples = @ExampleObject(name = "scope",
            value = "{\"question\": \"Đề nghị nêu rõ dự án và giai đoạn cần thông tin.\"}")))
    @APIResponse(responseCode = "200", description = "The inquiry after the step.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PressInquiryResponse.class)))
    public Response requestClarification(@Parameter(description = "Inquiry id.") @PathParam("id") UUID id,
            @Valid @NotNull InquiryRequests.ClarificationRequest request) {
        return ok(steps.requestClarification(id, request, caller.id()));
    }

    /** Records the journalist's clarification; the clock resumes. */
    @POST
    @Path("/clarification")
    @RolesAllowed({Roles.PRESS_ADMIN, Roles.PRESS_MONITOR, Roles.AGENCY_OFFICER})
    @Operation(operationId = "recordPressInquiryClarification", summary = "Record the journalist's clarification",
            description = "CLARIFICATION_REQUESTED → ASSIGNED (or RECEIVED when nobody was assigned): the clock resumes and both "
                    + "deadlines move later by the working days it waited, counted on the working-day calendar as it is today. "
                    + "Roles: press-admin, press-monitor, agency-officer (own agency).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InquiryRequests.Note.class), examples = @ExampleObject(name = "clarified",
            value = "{\"note\": \"Phóng viên đã bổ sung nội dung câu hỏi qua thư điện tử.\"}")))
    @APIResponse(responseCode = "200", description = "The inquiry after the step.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PressInquiryResponse.class)))
    public Response clarification(@Parameter(description = "Inquiry id.") @PathParam("id") UUID id, @Valid @NotNull InquiryRequests.Note request) {
        return ok(steps.clarificationReceived(id, request, caller.id()));
    }

    /** Records the answer. */
    @POST
    @Path("/answer")
    @RolesAllowed({Roles.PRESS_ADMIN, Roles.AGENCY_OFFICER})
    @Operation(operationId = "answerPressInquiry", summary = "Record the answer",
            description = "ASSIGNED → ANSWERED, or PARTIALLY_ANSWERED when refusedQuestions lists questions refused, each citing at "
                    + "least one legal ground in force that day and a reason (else 422). The answer is given by a person who may speak "
                    + "for the agency on that day in the spokesperson registry (else 422). Publishes PressInquiryAnswered with "
                    + "whether it met the deadline." + ACTORS)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InquiryRequests.Answer.class), examples = {
                    @ExampleObject(name = "answered", value = ANSWER_EXAMPLE),
                    @ExampleObject(name = "partially answered", value = PARTIAL_EXAMPLE)}))
    @APIResponse(responseCode = "200", description = "The inquiry after the step.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PressInquiryResponse.class)))
    public Response answer(@Parameter(description = "Inquiry id.") @PathParam("id") UUID id, @Valid @NotNull InquiryRequests.Answer request) {
        return ok(steps.answer(id, request, caller.id()));
    }

    /** Records a refusal. */
    @POST
    @Path("/refusal")
    @RolesAllowed({Roles.PRESS_ADMIN, Roles.AGENCY_OFFICER})
    @Operation(operationId = "refusePressInquiry", summary = "Refuse the inquiry",
            description = "ASSIGNED → REFUSED. The refusal must cite at least one legal ground in force on the day of refusal "
                    + "(Press Law 2016 Art. 38 until 2026-06-30, Press Law 2025 from 2026-07-01; GET /api/v1/refusal-grounds) and a "
                    + "reason: no ground, or one not in force, is 422. Publishes PressInquiryRefused." + ACTORS)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InquiryRequests.Refusal.class), examples = @ExampleObject(name = "under investigation",
            value = REFUSAL_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The inquiry after the step.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PressInquiryResponse.class)))
    public Response refuse(@Parameter(description = "Inquiry id.") @PathParam("id") UUID id, @Valid @NotNull InquiryRequests.Refusal request) {
        return ok(steps.refuse(id, request, caller.id()));
    }

    /** Transfers the inquiry to the competent agency. */
    @POST
    @Path("/transfer")
    @RolesAllowed({Roles.PRESS_ADMIN, Roles.AGENCY_OFFICER})
    @Operation(operationId = "transferPressInquiry", summary = "Transfer to the competent agency",
            description = "RECEIVED or ASSIGNED → TRANSFERRED. The competent agency (known from registry, not dissolved, not this "
                    + "one) gets a new inquiry whose clock starts today; this inquiry names it in transferredToInquiryId. Publishes "
                    + "PressInquiryTransferred and the new inquiry's PressInquiryReceived." + ACTORS)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InquiryRequests.Transfer.class), examples = @ExampleObject(name = "competent agency",
            value = "{\"toAgencyId\": \"6b5a4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d\", \"reason\": \"Thuộc thẩm quyền quản lý của Sở Văn hóa, Thể thao và Du lịch.\"}")))
    @APIResponse(responseCode = "200", description = "This inquiry, TRANSFERRED.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PressInquiryResponse.class)))
    public Response transfer(@Parameter(description = "Inquiry id.") @PathParam("id") UUID id, @Valid @NotNull InquiryRequests.Transfer request) {
        PressInquiry next = inquiries.transfer(id, request, caller.id());
        return ok(inquiries.get(next.transferredFromInquiryId));
    }

    /** Records the journalist's withdrawal. */
    @POST
    @Path("/withdrawal")
    @RolesAllowed({Roles.PRESS_ADMIN, Roles.PRESS_MONITOR, Roles.AGENCY_OFFICER})
    @Operation(operationId = "withdrawPressInquiry", summary = "Record a withdrawal",
            description = "RECEIVED, ASSIGNED or CLARIFICATION_REQUESTED → WITHDRAWN: the journalist no longer needs the "
                    + "information. Roles: press-admin, press-monitor, agency-officer (own agency).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InquiryRequests.Note.class), examples = @ExampleObject(name = "withdrawn",
            value = "{\"note\": \"Phóng viên rút yêu cầu qua điện thoại ngày 24/11/2026.\"}")))
    @APIResponse(responseCode = "200", description = "The inquiry after the step.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PressInquiryResponse.class)))
    public Response withdraw(@Parameter(description = "Inquiry id.") @PathParam("id") UUID id, @Valid @NotNull InquiryRequests.Note request) {
        return ok(steps.withdraw(id, request, caller.id()));
    }

    /** Closes the inquiry. */
    @POST
    @Path("/closure")
    @RolesAllowed({Roles.PRESS_ADMIN, Roles.PRESS_MONITOR, Roles.AGENCY_OFFICER})
    @Operation(operationId = "closePressInquiry", summary = "Close a press inquiry",
            description = "ANSWERED, PARTIALLY_ANSWERED, REFUSED, TRANSFERRED or WITHDRAWN → CLOSED. Roles: press-admin, "
                    + "press-monitor, agency-officer (own agency).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InquiryRequests.Note.class), examples = @ExampleObject(name = "closed",
            value = "{\"note\": \"Đã gửi văn bản trả lời cho Báo Kiên Giang.\"}")))
    @APIResponse(responseCode = "200", description = "The closed inquiry.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PressInquiryResponse.class)))
    public Response close(@Parameter(description = "Inquiry id.") @PathParam("id") UUID id, @Valid @NotNull InquiryRequests.Note request) {
        return ok(steps.close(id, request, caller.id()));
    }

    /** Gives an inquiry returned to the department by a reorganisation to another agency. */
    @POST
    @Path("/reassignment")
    @RolesAllowed(Roles.PRESS_ADMIN)
    @Operation(operationId = "reassignPressInquiry", summary = "Reassign a returned press inquiry",
            description = "An inquiry a reorganisation returned to the press management department (awaitingReassignment=true, "
                    + "because no successor took its agency's work) is given to another active agency known from registry, in the "
                    + "state it is in (RECEIVED, ASSIGNED or CLARIFICATION_REQUESTED). The clock is not reset: the journalist's "
                    + "deadline stands. The flag clears and the step is recorded. An inquiry that does not await reassignment "
                    + "answers 409 (transfer it to the competent agency instead). Roles: press-admin.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Reassignment.class), examples = @ExampleObject(name = "to a commune",
            value = "{\"agencyId\": \"8b6d1f2e-4c3a-4e5f-9a1b-2c3d4e5f6a7b\", "
                    + "\"note\": \"Sở giao Ủy ban nhân dân xã Vĩnh Hòa Hiệp trả lời theo địa bàn\"}")))
    @APIResponse(responseCode = "200", description = "The inquiry with its new agency.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PressInquiryResponse.class)))
    public Response reassign(@Parameter(description = "Inquiry id.") @PathParam("id") UUID id, @Valid @NotNull Reassignment request) {
        return ok(inquiries.reassign(id, request, caller.id()));
    }

    private Response ok(PressInquiry q) {
        return Response.ok(inquiries.view(q)).tag(ETags.of(q.version)).build();
    }
}
