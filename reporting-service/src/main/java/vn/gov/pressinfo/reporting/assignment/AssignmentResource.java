package vn.gov.pressinfo.reporting.assignment;

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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
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

import io.quarkus.security.Authenticated;
import vn.gov.pressinfo.security.Caller;
import vn.gov.pressinfo.security.Roles;
import vn.gov.pressinfo.web.BusinessTime;
import vn.gov.pressinfo.web.ETags;
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.PageResponses;

/** Assignments: one agency's report for one request, its draft, submission and review. */
@Path("/api/v1/assignments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = AssignmentResource.TAG, description = AssignmentResource.TAG_DESCRIPTION)
@SecurityRequirement(name = "bearer")
@Authenticated
public class AssignmentResource {

    public static final String TAG = "Assignments";
    public static final String TAG_DESCRIPTION = "One agency's share of a report request: OPEN → SUBMITTED → (RETURNED → RESUBMITTED)* → "
            + "ACCEPTED; late is a flag, OVERDUE is derived (past the deadline, not submitted). After a reorganisation an assignment still "
            + "awaiting its report (OPEN or RETURNED) moves to the successor that takes the ended agency's work, or, when none does or "
            + "that successor was asked by the same request, ends as WITHDRAWN (final; never overdue, not counted as not submitted); the "
            + "history quotes the reorganisation's legal basis and ReportAssignmentMoved is published. Agency officers see and submit "
            + "their own agency's only; press-admin accepts or returns; auditors read.";
    static final String CONTENT_EXAMPLE = """
            {"indicators": {"documentsProvided": 5, "pressConferences": 4, "pressReleases": 12, "interviews": 6,
              "portalNewsItems": 513, "portalDocuments": 1600, "citizenQuestionsOnTime": 100, "falseInfoResponses": 2,
              "spokespersonTrained": true, "formsUsed": ["PRESS_CONFERENCE", "PORTAL_OR_SOCIAL_PAGE"]},
             "narrative": {"results": "Cung cấp 05 văn bản theo yêu cầu, đăng 513 tin bài.", "shortcomings": "Cập nhật thông tin còn chậm.",
              "causes": "Thiếu cán bộ chuyên trách.", "proposals": "Đề nghị mở lớp tập huấn kỹ năng phát ngôn."},
             "attachments": [{"fileName": "bao-cao-2025.pdf", "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
              "signer": "Nguyễn Văn A, Giám đốc", "signedOn": "2025-12-16", "sizeBytes": 184320}]}""";

    private final AssignmentService service;
    private final Caller caller;
    private final BusinessTime time;

    public AssignmentResource(AssignmentService service, Caller caller, BusinessTime time) {
        this.service = service;
        this.caller = caller;
        this.time = time;
    }

    /** Assignments across requests. */
    @GET
    @Operation(operationId = "listAssignments", summary = "List assignments",
            description = "Paged, newest deadline first. Filters: request, agency, state, overdue, late, and q (accent-insensitive agency name). "
                    + "An agency officer sees its own agency's only (403 when asking for another agency).")
    @APIResponse(responseCode = "200", description = "One page of assignments.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AssignmentPage.class)))
    public Response list(@Parameter(description = "Only this request's.") @QueryParam("requestId") UUID requestId,
            @Parameter(description = "Only this agency's.") @QueryParam("agencyId") UUID agencyId,
            @Parameter(description = "Only in this state.") @QueryParam("state") AssignmentState state,
            @Parameter(description = "Only overdue (true) or not overdue (false).") @QueryParam("overdue") Boolean overdue,
            @Parameter(description = "Only late (true) or on-time (false) submissions.") @QueryParam("late") Boolean late,
            @Parameter(description = "Accent-insensitive part of the agency name.", example = "tai nguyen") @QueryParam("q") @Size(max = 200) String q,
            @BeanParam @Valid PageRequest page, @Context UriInfo uriInfo) {
        return PageResponses.ok(service.search(new AssignmentRepository.Filter(requestId, agencyId, state, overdue, late, q), page), uriInfo);
    }

    /** One assignment. */
    @GET
    @Path("/{id}")
    @Operation(operationId = "getAssignment", summary = "Get an assignment", description = "The assignment; the ETag is its version.")
    @APIResponse(responseCode = "200", description = "The assignment.",
            headers = @Header(name = "ETag", description = "Version.", schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssignmentResponse.class)))
    public Response get(@Parameter(description = "Assignment id.") @PathParam("id") UUID id) {
        Assignment a = service.get(id);
        return Response.ok(AssignmentResponse.of(a, time.today())).tag(ETags.of(a.version)).build();
    }

    /** Every transition of an assignment. */
    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getAssignmentHistory", summary = "History of an assignment",
            description = "Every transition, oldest first: creation, submissions, returns with their comment, acceptance, moves to a successor agency.")
    @APIResponse(responseCode = "200", description = "The transitions.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TransitionResponse.class, type = SchemaType.ARRAY, maxItems = 10000)))
    public List<TransitionResponse> history(@Parameter(description = "Assignment id.") @PathParam("id") UUID id) {
        return service.history(id).stream().map(TransitionResponse::of).toList();
    }

    /** The draft, prefilled before the first save. */
    @GET
    @Path("/{id}/draft")
    @Operation(operationId = "getAssignmentDraft", summary = "Get the draft report",
            description = "The saved draft; before anything is saved, a draft prefilled with what the suite recorded for the agency "
                    + "within the period: rebuttals sent; press inquiries answered (on time, late) and refused; statements issued as press "
                    + "conferences, as press releases or written answers, as interviews, and in answer to an inquiry (documents provided on "
                    + "request). The ETag is the assignment's version.")
    @APIResponse(responseCode = "200", description = "The draft.",
            headers = @Header(name = "ETag", description = "Version of the assignment.", schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DraftResponse.class)))
    public Response draft(@Parameter(description = "Assignment id.") @PathParam("id") UUID id) {
        DraftResponse draft = service.draft(id);
        return Response.ok(draft).tag(ETags.of(draft.version())).build();
    }

    /** Saves the draft. */
    @PUT
    @Path("/{id}/draft")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRESS_ADMIN, Roles.AGENCY_OFFICER})
    @Operation(operationId = "saveAssignmentDraft", summary = "Save the draft report",
            description = "Replaces the draft while the assignment is OPEN or RETURNED. Unknown indicators and wrong types are refused (422 naming "
                    + "indicators.<key>); missing required values are allowed until submission. Requires If-Match. Roles: press-admin, "
                    + "agency-officer (own agency).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportContent.class),
            examples = @ExampleObject(name = "annual", value = CONTENT_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The saved draft.",
            headers = @Header(name = "ETag", description = "New version.", schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DraftResponse.class)))
    public Response saveDraft(@Parameter(description = "Assignment id.") @PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, name = "If-Match", required = true, description = "ETag of the assignment.", example = "\"0\"")
            @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = 1000) String ifMatch,
            @Valid @NotNull ReportContent content) {
        Assignment a = service.saveDraft(id, ifMatch, content);
        return Response.ok(new DraftResponse(a.draft, List.of(), a.version)).tag(ETags.of(a.version)).build();
    }

    /** Submits the report. */
    @POST
    @Path("/{id}/submit")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRESS_ADMIN, Roles.AGENCY_OFFICER})
    @Operation(operationId = "submitAssignment", summary = "Submit the report",
            description = "Submits the content in the body (or, without a body, the saved draft) atomically: checked against the template "
                    + "(every required indicator), state OPEN → SUBMITTED or RETURNED → RESUBMITTED, transition recorded, ReportSubmitted "
                    + "published. After the deadline the report is accepted and marked late, never refused. If-Match is optional. "
                    + "Roles: press-admin, agency-officer (own agency).")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportContent.class),
            examples = @ExampleObject(name = "annual", value = CONTENT_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The submitted assignment.",
            headers = @Header(name = "ETag", description = "New version.", schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssignmentResponse.class)))
    public Response submit(@Parameter(description = "Assignment id.") @PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, name = "If-Match", description = "ETag of the assignment (optional).", example = "\"1\"")
            @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = 1000) String ifMatch,
            @Valid ReportContent content) {
        Assignment a = service.submit(id, ifMatch, content, caller.id());
        return Response.ok(AssignmentResponse.of(a, time.today())).tag(ETags.of(a.version)).build();
    }

    /** The last submitted report. */
    @GET
    @Path("/{id}/submission")
    @Operation(operationId = "getAssignmentSubmission", summary = "Get the submitted report",
            description = "The content of the last submission; 404 when nothing was submitted yet.")
    @APIResponse(responseCode = "200", description = "The submitted report.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReportContent.class)))
    public ReportContent submission(@Parameter(description = "Assignment id.") @PathParam("id") UUID id) {
        Assignment a = service.get(id);
        if (a.submitted == null) {
            throw vn.gov.pressinfo.web.ProblemException.notFound("Assignment " + id + " has no submission yet.");
        }
        return a.submitted;
    }

    /** Accepts the submitted report. */
    @POST
    @Path("/{id}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PRESS_ADMIN)
    @Operation(operationId = "acceptAssignment", summary = "Accept a submitted report",
            description = "SUBMITTED or RESUBMITTED → ACCEPTED; 409 from any other state, naming it and the allowed transitions. Publishes "
                    + "ReportAccepted. Role: press-admin.")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewRequest.class),
            examples = @ExampleObject(name = "accept", value = "{\"comment\": \"Đạt yêu cầu.\"}")))
    @APIResponse(responseCode = "200", description = "The accepted assignment.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AssignmentResponse.class)))
    public AssignmentResponse accept(@Parameter(description = "Assignment id.") @PathParam("id") UUID id, @Valid ReviewRequest review) {
        return AssignmentResponse.of(service.accept(id, review, caller.id()), time.today());
    }

    /** Returns the submitted report for revision. */
    @POST
    @Path("/{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PRESS_ADMIN)
    @Operation(operationId = "returnAssignment", summary = "Return a submitted report for revision",
            description = "SUBMITTED or RESUBMITTED → RETURNED with a required comment; the agency revises its draft and resubmits. Publishes "
                    + "ReportReturned. Role: press-admin.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewRequest.class),
            examples = @ExampleObject(name = "return", value = "{\"comment\": \"Đề nghị bổ sung số liệu họp báo quý IV.\"}")))
    @APIResponse(responseCode = "200", description = "The returned assignment.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AssignmentResponse.class)))
    public AssignmentResponse returnForRevision(@Parameter(description = "Assignment id.") @PathParam("id") UUID id,
            @Valid @NotNull ReviewRequest review) {
        return AssignmentResponse.of(service.returnForRevision(id, review, caller.id()), time.today());
    }

    /** The page schema for the OpenAPI document. */
    @Schema(name = "AssignmentPage", description = "One page of assignments.")
    public record AssignmentPage(@Schema(maxItems = PageRequest.MAX_SIZE) List<AssignmentResponse> items, @Schema(example = "0", minimum = "0", maximum = "100000") int page,
            @Schema(example = "20", minimum = "1", maximum = "100") int size,
            @Schema(example = "39", minimum = "0", maximum = "9223372036854775807") long total) {
    }
}
