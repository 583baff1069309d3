package vn.gov.pressinfo.pressresponse.statement;

import java.net.URI;
import java.time.LocalDate;
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

/** Statements (phát ngôn, cung cấp thông tin cho báo chí): recording, list, reading. */
@Path("/api/v1/statements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = StatementResource.TAG, description = StatementResource.TAG_DESCRIPTION)
@SecurityRequirement(name = "bearer")
public class StatementResource {

    static final String TAG = "Statements";
    static final String TAG_DESCRIPTION = "Every act of providing information to the press, in one of the six forms of Decree 09/2017 "
            + "Art. 4 (press conference, portal posting, interview, press release or written answer, press briefing, request to "
            + "publish a response or correction), by a person who may speak for the agency on that day, linked to the inquiry, "
            + "incident or false-information case it answers. Answering a press inquiry records a non-public statement by itself. "
            + "Public statements are served unauthenticated on GET /api/v1/public/statements (JSON or Atom).";
    static final String READERS = " Roles: press-admin, press-monitor, auditor, system, agency-officer (own agency only).";
    private static final String CONFERENCE_EXAMPLE = """
            {"agencyId": "3f1c2a9e-7d44-4a53-9b0e-1d2f3a4b5c6d", "form": "PRESS_CONFERENCE",
             "title": "Họp báo thông tin kinh tế - xã hội quý IV năm 2026",
             "content": "Tăng trưởng kinh tế quý IV đạt 7,2%; tỉnh đã giải ngân 95% vốn đầu tư công.",
             "spokespersonEmail": "nguyenvanan@soyte.kiengiang.gov.vn", "issuedAt": "2026-11-26T08:00:00Z",
             "pressAgencies": ["Báo Kiên Giang", "Đài Phát thanh và Truyền hình Kiên Giang"], "public": true}""";
    private static final String CASE_EXAMPLE = """
            {"agencyId": "3f1c2a9e-7d44-4a53-9b0e-1d2f3a4b5c6d", "form": "PUBLICATION_REQUEST",
             "title": "Đề nghị cải chính thông tin về ổ dịch tại Rạch Giá",
             "content": "Sở Y tế đề nghị Báo Điện tử ABC đăng cải chính: không có ca tử vong nào do dịch lạ.",
             "spokespersonEmail": "nguyenvanan@soyte.kiengiang.gov.vn", "pressAgencies": ["Báo Điện tử ABC"],
             "caseId": "7e6d5c4b-3a2f-4e1d-8c0b-9a8f7e6d5c4b", "public": false}""";

    private final StatementService service;
    private final Caller caller;

    public StatementResource(StatementService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    /** Lists statements. */
    @GET
    @RolesAllowed({Roles.PRESS_ADMIN, Roles.PRESS_MONITOR, Roles.AUDITOR, Roles.SYSTEM, Roles.AGENCY_OFFICER})
    @Operation(operationId = "listStatements", summary = "List statements",
            description = "Statements, public or not, newest first, filtered by agency, form and the business dates "
                    + "(Asia/Ho_Chi_Minh) they were issued on, from and to both inclusive (to before from is 400). An agency "
                    + "officer sees only its own agency's statements." + READERS)
    @APIResponse(responseCode = "200", description = "One page of statements; Link names the first, previous, next and last pages.",
            headers = @Header(name = "Link", description = "RFC 8288 pagination links.", schema = @Schema(type = SchemaType.STRING, maxLength = 20000)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatementPage.class)))
    public Response list(
            @Parameter(description = "Only statements of this agency.") @QueryParam("agencyId") UUID agencyId,
            @Parameter(description = "Only statements in this form.", example = "PRESS_CONFERENCE") @QueryParam("form") InformationForm form,
            @Parameter(description = "Issued on or after this day (Asia/Ho_Chi_Minh).", example = "2026-10-01") @QueryParam("from") LocalDate from,
            @Parameter(description = "Issued on or before this day (Asia/Ho_Chi_Minh).", example = "2026-12-31") @QueryParam("to") LocalDate to,
            @BeanParam @Valid PageRequest page,
            @Context UriInfo uriInfo) {
        return PageResponses.ok(service.search(new StatementService.Filter(agencyId, form, from, to), page), uriInfo);
    }

    /** Records a statement. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRESS_ADMIN, Roles.SYSTEM, Roles.AGENCY_OFFICER})
    @Operation(operationId = "recordStatement", summary = "Record a statement",
            description = "Records one act of providing information to the press. The speaker must be the agency's spokesperson, "
                    + "head or an authorized spokesperson on the day of issuedAt (Asia/Ho_Chi_Minh) in the spokesperson registry, "
                    + "else 422 on spokespersonEmail. issuedAt defaults to now and may not lie in the future. An inquiryId or "
                    + "caseId must exist and concern the same agency (else 422); incidentId is stored as given. public (required) "
                    + "puts the statement on the public feed. Publishes StatementIssued. Roles: press-admin, agency-officer (own "
                    + "agency), system (Idempotency-Key required).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RecordStatementRequest.class), examples = {
                    @ExampleObject(name = "press conference", value = CONFERENCE_EXAMPLE),
                    @ExampleObject(name = "correction request", value = CASE_EXAMPLE)}))
    @APIResponse(responseCode = "201", description = "Recorded; Location names the statement.",
            headers = {@Header(name = "Location", description = "URL of the statement.", schema = @Schema(type = SchemaType.STRING, maxLength = 8192)),
                    @Header(name = "ETag", description = "Version of the statement.", schema = @Schema(type = SchemaType.STRING, maxLength = 100))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatementResponse.class)))
    public Response record(
            @Parameter(in = ParameterIn.HEADER, name = "Idempotency-Key", description = "Makes retries safe: the same key and body "
                    + "replay the first response. Required for system callers.", example = "5b0c6a52-6f1e-4d33-a1f1-0b4a0e6c9d11")
            @HeaderParam("Idempotency-Key") @Size(max = 200) String idempotencyKey,
            @Valid @NotNull RecordStatementRequest request,
            @Context UriInfo uriInfo) {
        if (caller.hasRole(Roles.SYSTEM) && (idempotencyKey == null || idempotencyKey.isBlank())) {
            throw new ProblemException(ProblemType.VALIDATION, 400, "A system caller must send an Idempotency-Key so that a retried "
                    + "submission records the statement once.", List.of(new Problem.FieldError("Idempotency-Key", "is required for system callers")));
        }
        Statement s = service.record(request, caller.id());
        URI location = uriInfo.getBaseUriBuilder().path(StatementResource.class).path(s.id.toString()).build();
        return Response.created(location).tag(ETags.of(s.version)).entity(StatementResponse.of(s)).build();
    }

    /** One statement. */
    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PRESS_ADMIN, Roles.PRESS_MONITOR, Roles.AUDITOR, Roles.SYSTEM, Roles.AGENCY_OFFICER})
    @Operation(operationId = "getStatement", summary = "Get a statement",
            description = "The statement with its speaker, the press agencies, its links and who recorded it." + READERS)
    @APIResponse(responseCode = "200", description = "The statement.",
            headers = @Header(name = "ETag", description = "Version of the statement.", schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatementResponse.class)))
    public Response get(@Parameter(description = "Statement id.") @PathParam("id") UUID id) {
        Statement s = service.get(id);
        return Response.ok(StatementResponse.of(s)).tag(ETags.of(s.version)).build();
    }
}
