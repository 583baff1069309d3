package vn.gov.pressinfo.reporting.request;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import vn.gov.pressinfo.reporting.assignment.AssignmentRepository;
import vn.gov.pressinfo.reporting.consolidation.Consolidation;
import vn.gov.pressinfo.reporting.consolidation.ConsolidationService;
import vn.gov.pressinfo.reporting.document.ConsolidatedReport;
import vn.gov.pressinfo.reporting.document.ConsolidationWorkbook;
import vn.gov.pressinfo.reporting.document.FileDownloads;
import vn.gov.pressinfo.reporting.document.Spreadsheet;
import vn.gov.pressinfo.reporting.document.StatusFiles;
import vn.gov.pressinfo.reporting.status.RequestStatus;
import vn.gov.pressinfo.reporting.status.StatusService;
import vn.gov.pressinfo.reporting.assignment.AssignmentResource;
import vn.gov.pressinfo.reporting.assignment.AssignmentService;
import vn.gov.pressinfo.reporting.assignment.AssignmentState;
import vn.gov.pressinfo.documents.AdministrativeDocument;
import vn.gov.pressinfo.security.Caller;
import vn.gov.pressinfo.security.Roles;
import vn.gov.pressinfo.web.CsvExport;
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.PageResponses;

/** Report requests (công văn yêu cầu báo cáo) and their assignments. */
@Path("/api/v1/report-requests")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = ReportRequestResource.TAG, description = ReportRequestResource.TAG_DESCRIPTION)
@SecurityRequirement(name = "bearer")
@Authenticated
public class ReportRequestResource {

    public static final String TAG = "Report requests";
    public static final String TAG_DESCRIPTION = "The department asks agencies for a report: a request under a regime (period and deadline "
            + "computed from its rules and the working-day calendar) or ad hoc, targeting agencies by list or by type/parent, creates one "
            + "assignment per agency and publishes ReportRequested. Status per agency and the consolidated report come from here.";
    static final String EXAMPLE = """
            {"reference": "1005/STTTT-TTBCXB", "issuedOn": "2025-11-20",
             "subject": "Báo cáo công tác phát ngôn và cung cấp thông tin cho báo chí năm 2025",
             "regimeCode": "PRESS_WORK_ANNUAL", "period": "2025",
             "targets": {"types": ["DEPARTMENT", "DISTRICT"]}}""";

    private final ReportRequestService service;
    private final AssignmentService assignments;
    private final StatusService statuses;
    private final ConsolidationService consolidations;
    private final Caller caller;

    public ReportRequestResource(ReportRequestService service, AssignmentService assignments, StatusService statuses,
            ConsolidationService consolidations, Caller caller) {
        this.service = service;
        this.assignments = assignments;
        this.statuses = statuses;
        this.consolidations = consolidations;
        this.caller = caller;
    }

    /** Creates a request and its assignments. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PRESS_ADMIN)
    @Operation(operationId = "createReportRequest", summary = "Ask agencies for a report",
            description = "Creates the request and one OPEN assignment per target agency in one transaction, and publishes ReportRequested. "
                    + "Under a periodic regime the period is required and the due date defaults to the regime's deadline rule; an ad hoc "
                    + "request needs a due date. Targets: agencyIds, or every ACTIVE agency of the given types and/or under parentId (from the "
                    + "agency read model). A regime's period can be requested once (409). Role: press-admin.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CreateReportRequest.class),
            examples = @ExampleObject(name = "annual", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "The request.",
            headers = @Header(name = "Location", description = "URI of the request.", schema = @Schema(type = SchemaType.STRING, maxLength = 8192)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportRequestResponse.class)))
    public Response create(@Valid @NotNull CreateReportRequest request) {
        ReportRequest r = service.create(request, caller.id());
        return Response.created(URI.create("/api/v1/report-requests/" + r.id)).entity(ReportRequestResponse.of(r)).build();
    }

    /** Requests, newest first. */
    @GET
    @Operation(operationId = "listReportRequests", summary = "List report requests",
            description = "Paged, newest first. q matches reference and subject, accent-insensitively. An agency officer sees the requests that ask its agency.")
    @APIResponse(responseCode = "200", description = "One page of requests.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReportRequestPage.class)))
    public Response list(@Parameter(description = "Accent-insensitive part of reference or subject.", example = "phat ngon") @QueryParam("q") @Size(max = 200) String q,
            @Parameter(description = "Only this regime's.", example = "PRESS_WORK_ANNUAL") @QueryParam("regimeCode") @Size(max = 60) String regimeCode,
            @Parameter(description = "Only this period.", example = "2025") @QueryParam("period") @Size(max = 20) String period,
            @BeanParam @Valid PageRequest page, @Context UriInfo uriInfo) {
        return PageResponses.ok(service.search(new ReportRequestRepository.Filter(q, regimeCode, period, null), page), uriInfo);
    }

    /** One request. */
    @GET
    @Path("/{id}")
    @Operation(operationId = "getReportRequest", summary = "Get a report request", description = "The request with its template and the number of agencies asked.")
    @APIResponse(responseCode = "200", description = "The request.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReportRequestResponse.class)))
    public ReportRequestResponse get(@Parameter(description = "Request id.") @PathParam("id") UUID id) {
        return ReportRequestResponse.of(service.get(id));
    }

    /** The assignments of one request. */
    @GET
    @Path("/{id}/assignments")
    @Operation(operationId = "listReportRequestAssignments", summary = "List the assignments of a request",
            description = "Paged; filters state, overdue, late and q (accent-insensitive agency name). An agency officer sees its own only.")
    @APIResponse(responseCode = "200", description = "One page of assignments.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AssignmentResource.AssignmentPage.class)))
    public Response assignments(@Parameter(description = "Request id.") @PathParam("id") UUID id,
            @Parameter(description = "Only in this state.") @QueryParam("state") AssignmentState state,
            @Parameter(description = "Only overdue (true) or not overdue (false).") @QueryParam("overdue") Boolean overdue,
            @Parameter(description = "Only late (true) or on-time (false).") @QueryParam("late") Boolean late,
            @Parameter(description = "Accent-insensitive part of the agency name.", example = "kien luong") @QueryParam("q") @Size(max = 200) String q,
            @BeanParam @Valid PageRequest page, @Context UriInfo uriInfo) {
        service.get(id);
        return PageResponses.ok(assignments.search(new AssignmentRepository.Filter(id, null, state, overdue, late, q), page), uriInfo);
    }

    /** Who submitted and who did not. */
    @GET
    @Path("/{id}/status")
    @Produces({MediaType.APPLICATION_JSON, Spreadsheet.XLSX, StatusFiles.CSV})
    @RolesAllowed({Roles.PRESS_ADMIN, Roles.AUDITOR, Roles.PRESS_MONITOR, Roles.SYSTEM})
    @Operation(operationId = "getReportRequestStatus", summary = "Submitted / not submitted per agency",
            description = "Per agency: submitted or not, on time or late, overdue, state; with counts overall and per group, grouped as in the "
                    + "appendix of the department's report (departments, boards and other provincial bodies first, then the district committees, "
                    + "then the commune committees, from the agency type in the agency read model; a group without agencies is left out). JSON, or a download as XLSX or CSV (UTF-8 with BOM) by Accept header or ?format=. "
                    + "Roles: press-admin, auditor, press-monitor, system.")
    @APIResponse(responseCode = "200", description = "The status table.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RequestStatus.class)),
            @Content(mediaType = Spreadsheet.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 104857600)),
            @Content(mediaType = StatusFiles.CSV, schema = @Schema(type = SchemaType.STRING, maxLength = 52428800))})
    public Response status(@Parameter(description = "Request id.") @PathParam("id") UUID id,
            @Parameter(description = "json, xlsx or csv; overrides the Accept header.", example = "xlsx") @QueryParam("format")
            @Size(max = 4) @Pattern(regexp = "json|xlsx|csv", message = "must be json, xlsx or csv") String format,
            @Context HttpHeaders headers) {
        RequestStatus status = statuses.status(id);
        return switch (FileDownloads.choose(format, headers, Spreadsheet.XLSX, StatusFiles.CSV)) {
            case "xlsx" -> FileDownloads.file(StatusFiles.xlsx(status), Spreadsheet.XLSX, "tinh-hinh-gui-bao-cao.xlsx");
            case "csv" -> FileDownloads.file(StatusFiles.csv(status), CsvExport.MEDIA_TYPE, "tinh-hinh-gui-bao-cao.csv");
            default -> Response.ok(status, MediaType.APPLICATION_JSON_TYPE).build();
        };
    }

    /** The consolidated report. */
    @GET
    @Path("/{id}/consolidation")
    @Produces({MediaType.APPLICATION_JSON, AdministrativeDocument.DOCX, Spreadsheet.XLSX})
    @RolesAllowed({Roles.PRESS_ADMIN, Roles.AUDITOR, Roles.PRESS_MONITOR, Roles.SYSTEM})
    @Operation(operationId = "getReportRequestConsolidation", summary = "Consolidated report of a request",
            description = "Totals (integers, booleans), averages (integers, percentages) and form counts (multi-choice) per indicator over the "
                    + "submitted reports, beside the figure the suite recorded from press events for the targeted agencies and the period "
                    + "(press conferences, press releases, interviews, documents provided on request, press inquiries, false-information "
                    + "responses), the suite's figures on providing information (inquiries answered on time and late, refused; incidents with "
                    + "the initial statement by the deadline and overdue; periodic duties missed), the late and the missing agencies, and the "
                    + "narrative extracts grouped by section, as JSON. "
                    + "As DOCX (Accept or ?format=docx): the department's report to the province People's Committee in the form of Decree "
                    + "30/2020 with the structure of report 284/BC-STTTT: issued by the agency holding PRESS_MANAGEMENT_DEPARTMENT on `date` "
                    + "under its province committee (its parent; the place and the addressee), number left blank for the clerk (Số:      /BC-"
                    + "<the holder's code>), the preamble citing the request, I. the situation of the reporting, II. the results per indicator "
                    + "(declared beside recorded) and on providing information, III. strengths, shortcomings and causes, IV. proposals, "
                    + "V. the commendation proposal and the agencies that did not perform well (compliance scores of the request's period, or "
                    + "of the annual period of its due date for an ad hoc request, among the agencies it asked: commended at or above the "
                    + "commendation threshold when the report was submitted on time; not performing well when not submitted or below the "
                    + "public-list threshold), signature block with the holder's head (blank name when unknown) and Nơi nhận, then the "
                    + "appendix table grouped like the status table with totals equal to the status counts. "
                    + "As XLSX (Accept or ?format=xlsx): sheets Tổng hợp, Chỉ tiêu theo cơ quan and Phụ lục, frozen header rows. "
                    + "409 when no agency holds the role on the date or its province committee is unknown. "
                    + "Roles: press-admin, auditor, press-monitor, system.")
    @APIResponse(responseCode = "200", description = "The consolidation.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Consolidation.class)),
            @Content(mediaType = AdministrativeDocument.DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 104857600)),
            @Content(mediaType = Spreadsheet.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 104857600))})
    @APIResponse(responseCode = "409", description = "No press management department on the date, or its province committee is unknown (DOCX, XLSX).")
    public Response consolidation(@Parameter(description = "Request id.") @PathParam("id") UUID id,
            @Parameter(description = "json, docx or xlsx; overrides the Accept header.", example = "docx") @QueryParam("format")
            @Size(max = 4) @Pattern(regexp = "json|docx|xlsx", message = "must be json, docx or xlsx") String format,
            @Parameter(description = "The report's date (its date line and the department holding the role that day); today "
                    + "(Asia/Ho_Chi_Minh) when omitted. DOCX and XLSX only.", example = "2025-12-20") @QueryParam("date") LocalDate date,
            @Context HttpHeaders headers) {
        return switch (FileDownloads.choose(format, headers, AdministrativeDocument.DOCX, Spreadsheet.XLSX)) {
            case "docx" -> FileDownloads.file(ConsolidatedReport.docx(consolidations.report(id, date)), AdministrativeDocument.DOCX,
                    "bao-cao-tong-hop.docx");
            case "xlsx" -> FileDownloads.file(ConsolidationWorkbook.xlsx(consolidations.report(id, date)), Spreadsheet.XLSX, "bao-cao-tong-hop.xlsx");
            default -> Response.ok(consolidations.consolidate(id), MediaType.APPLICATION_JSON_TYPE).build();
        };
    }

    @Schema(name = "ReportRequestPage", description = "One page of report requests.")
    public record ReportRequestPage(@Schema(maxItems = PageRequest.MAX_SIZE) List<ReportRequestResponse> items, @Schema(example = "0", minimum = "0", maximum = "100000") int page,
            @Schema(example = "20", minimum = "1", maximum = "100") int size,
            @Schema(example = "39", minimum = "0", maximum = "9223372036854775807") long total) {
    }
}
