package vn.gov.pressinfo.reporting.compliance.published;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.gov.pressinfo.documents.AdministrativeDocument;
import vn.gov.pressinfo.reporting.document.ComplianceListDocument;
import vn.gov.pressinfo.reporting.document.FileDownloads;
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.PageResponses;

/** The published compliance lists, public and unauthenticated: the law has the department publish them. */
@Path(PublicComplianceListResource.PATH)
@PermitAll
@SecurityRequirements
@Tag(name = "Public compliance lists", description = "Unauthenticated, read-only: the commendation proposals and the lists of agencies that did "
        + "not perform well their spokesperson and press-information duties, as the department published them with their decision.")
public class PublicComplianceListResource {

    static final String PATH = "/api/v1/public/compliance-lists";

    private final ComplianceListService service;

    public PublicComplianceListResource(ComplianceListService service) {
        this.service = service;
    }

    /** Published lists, newest decision first. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listPublicComplianceLists", summary = "Published compliance lists",
            description = "Every published list, newest decision first, without its agencies (agencyCount says how many). Filters: period, "
                    + "kind, decision date range. No token needed.")
    @APIResponse(responseCode = "200", description = "One page of lists; Link names the other pages.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplianceListPage.class)))
    public Response list(
            @Parameter(description = "Only this period.", example = "2025") @QueryParam("period") @Size(max = 20) String period,
            @Parameter(description = "Only this kind.", example = "NOT_PERFORMING_WELL") @QueryParam("kind") ComplianceListKind kind,
            @Parameter(description = "Decided on or after this date.", example = "2025-01-01") @QueryParam("decidedFrom") LocalDate decidedFrom,
            @Parameter(description = "Decided on or before this date.", example = "2025-12-31") @QueryParam("decidedTo") LocalDate decidedTo,
            @BeanParam @Valid PageRequest page, @Context UriInfo uriInfo) {
        String p = period == null || period.isBlank() ? null : period.strip();
        return PageResponses.ok(service.search(new ComplianceListRepository.Filter(p, kind, decidedFrom, decidedTo), page), uriInfo);
    }

    /** One published list, as JSON or as the DOCX the department posts. */
    @GET
    @Path("/{id}")
    @Produces({MediaType.APPLICATION_JSON, AdministrativeDocument.DOCX})
    @Operation(operationId = "getPublicComplianceList", summary = "A published compliance list",
            description = "The list with its agencies (names as they were when published, scores of the period, why each is listed), as "
                    + "JSON, or (Accept or ?format=docx) as the administrative document DANH SÁCH in the form of Decree 30/2020: the "
                    + "department's letterhead, the decision number in the header, \"Kèm theo Quyết định số … ngày …\", the rule, the table "
                    + "(STT, Tên cơ quan, đơn vị, Điểm đánh giá, Ghi chú), the decision's signer and Nơi nhận. No token needed.")
    @APIResponse(responseCode = "200", description = "The list.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplianceListResponse.class)),
            @Content(mediaType = AdministrativeDocument.DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 104857600))})
    public Response get(@Parameter(description = "List id.") @PathParam("id") UUID id,
            @Parameter(description = "json or docx; overrides the Accept header.", example = "docx") @QueryParam("format")
            @Size(max = 4) @Pattern(regexp = "json|docx", message = "must be json or docx") String format,
            @Context HttpHeaders headers) {
        ComplianceList l = service.get(id);
        return "docx".equals(FileDownloads.choose(format, headers, AdministrativeDocument.DOCX))
                ? FileDownloads.file(ComplianceListDocument.docx(l), AdministrativeDocument.DOCX, "danh-sach-" + l.periodLabel + ".docx")
                : Response.ok(ComplianceListResponse.of(l, true), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @Schema(name = "ComplianceListPage", description = "One page of published lists.")
    public record ComplianceListPage(@Schema(maxItems = PageRequest.MAX_SIZE) List<ComplianceListResponse> items, @Schema(example = "0", minimum = "0", maximum = "100000") int page,
            @Schema(example = "20", minimum = "1", maximum = "100") int size,
            @Schema(example = "39", minimum = "0", maximum = "9223372036854775807") long total) {
    }
}
