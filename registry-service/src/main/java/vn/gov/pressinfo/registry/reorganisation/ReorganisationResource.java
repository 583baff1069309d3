package vn.gov.pressinfo.registry.reorganisation;

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

import io.quarkus.security.Authenticated;
import vn.gov.pressinfo.security.Caller;
import vn.gov.pressinfo.security.Roles;
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.PageResponses;

/** Reorganisations of agencies (sắp xếp, tổ chức lại cơ quan): merges, splits, renames and dissolutions. */
@Path("/api/v1/reorganisations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = ReorganisationResource.TAG, description = ReorganisationResource.TAG_DESCRIPTION)
@SecurityRequirement(name = "bearer")
@Authenticated
public class ReorganisationResource {

    static final String TAG = "Reorganisations";
    static final String TAG_DESCRIPTION = "Merges, splits, renames and dissolutions of agencies, each effective from a date and "
            + "ordered by a legal-basis document, and the predecessor → successor links they leave, which other services follow "
            + "to move open reports and cases to the agencies that carry on the work.";

    private static final String MERGE_EXAMPLE = """
            {"kind": "MERGE", "effectiveDate": "2025-03-01",
             "legalBasis": {"number": "25/NQ-HĐND", "date": "2025-02-19", "signer": "Hội đồng nhân dân tỉnh Kiên Giang"},
             "note": "Hợp nhất Sở Thông tin và Truyền thông và Sở Khoa học và Công nghệ",
             "predecessorIds": ["3f1c2a9e-7d44-4a53-9b0e-1d2f3a4b5c6d", "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"],
             "successors": [{"agencyId": "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a"}]}""";
    private static final String SPLIT_EXAMPLE = """
            {"kind": "SPLIT", "effectiveDate": "2025-07-01",
             "legalBasis": {"number": "1680/NQ-UBTVQH15", "date": "2025-06-16", "signer": "Ủy ban Thường vụ Quốc hội"},
             "predecessorIds": ["3f1c2a9e-7d44-4a53-9b0e-1d2f3a4b5c6d"],
             "successors": [
               {"code": "KG-X-TANHIEP", "name": "Ủy ban nhân dân xã Tân Hiệp", "type": "COMMUNE", "parentId": "0b7e6f4c-1a2b-4c3d-8e9f-0a1b2c3d4e5f",
                "takesWorkOf": ["3f1c2a9e-7d44-4a53-9b0e-1d2f3a4b5c6d"]},
               {"code": "KG-X-THANHDONG", "name": "Ủy ban nhân dân xã Thạnh Đông", "type": "COMMUNE", "parentId": "0b7e6f4c-1a2b-4c3d-8e9f-0a1b2c3d4e5f"}]}""";
    private static final String PROVINCE_MERGE_EXAMPLE = """
            {"kind": "MERGE", "effectiveDate": "2025-07-01",
             "legalBasis": {"number": "202/2025/QH15", "date": "2025-06-12", "signer": "Quốc hội"},
             "note": "Sắp xếp đơn vị hành chính cấp tỉnh: tỉnh Kiên Giang và tỉnh An Giang hợp nhất thành tỉnh An Giang",
             "predecessorIds": ["0b7e6f4c-1a2b-4c3d-8e9f-0a1b2c3d4e5f", "7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d"],
             "successors": [{"code": "AG", "name": "Ủy ban nhân dân tỉnh An Giang", "type": "PROVINCE"}]}""";
    private static final String RENAME_EXAMPLE = """
            {"kind": "RENAME", "effectiveDate": "2025-03-01",
             "legalBasis": {"number": "312/QĐ-UBND", "date": "2025-02-26", "signer": "Ủy ban nhân dân tỉnh Kiên Giang"},
             "agencyId": "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a", "newName": "Sở Văn hóa, Thể thao và Du lịch", "newCode": "KG-VHTTDL"}""";
    private static final String DISSOLVE_EXAMPLE = """
            {"kind": "DISSOLVE", "effectiveDate": "2025-07-01",
             "legalBasis": {"number": "1680/NQ-UBTVQH15", "date": "2025-06-16", "signer": "Ủy ban Thường vụ Quốc hội"},
             "note": "Kết thúc hoạt động của cấp huyện",
             "predecessorIds": ["3f1c2a9e-7d44-4a53-9b0e-1d2f3a4b5c6d"], "successors": []}""";

    private final ReorganisationService service;
    private final Caller caller;

    public ReorganisationResource(ReorganisationService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    /** Records a reorganisation. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRESS_ADMIN, Roles.SYSTEM})
    @Operation(operationId = "createReorganisation", summary = "Record a reorganisation",
            description = "Records a merge, split, rename or dissolution from effectiveDate on. Predecessors become DISSOLVED (a new "
                    + "version each; history kept), new successors are created, a rename adds a version; every changed agency "
                    + "publishes its snapshot (AgencyChanged) and the reorganisation publishes AgencyReorganized with the "
                    + "predecessor → successor mapping. For each predecessor one successor takes its open work (press cases, "
                    + "inquiries, incidents, report assignments; mapping[].workTo): the successor whose takesWorkOf names it, else "
                    + "the single successor (MERGE, DISSOLVE with one successor), else in a SPLIT the first successor listed; "
                    + "after a DISSOLVE without successor nobody does and the work returns to the press management department. "
                    + "A MERGE, or a DISSOLVE with one successor, moves every active child of the predecessors (not itself named) "
                    + "under the successor from effectiveDate: a new version and an AgencyChanged snapshot each, listed in "
                    + "movedChildren of the response and of the event. A SPLIT or a DISSOLVE without successor is refused while a "
                    + "predecessor has active children (move them first). Every agency named must exist and be active on "
                    + "effectiveDate, which may not precede its current version (nor that of a child to move); no agency may be "
                    + "both predecessor and successor; a predecessor may hold no role on or after effectiveDate (reassign it "
                    + "first). All or nothing: a request that breaks a rule changes nothing (422 naming every field, 409 when a new "
                    + "code is taken). Send an Idempotency-Key to make retries safe. Roles: press-admin, system.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReorganisationRequest.class), examples = {
                    @ExampleObject(name = "merge", summary = "Two departments merged into an existing one", value = MERGE_EXAMPLE),
                    @ExampleObject(name = "split", summary = "A district split into two new communes, the first taking its open work",
                            value = SPLIT_EXAMPLE),
                    @ExampleObject(name = "province-merge", summary = "Two provinces merged into a new one; their children move under it",
                            value = PROVINCE_MERGE_EXAMPLE),
                    @ExampleObject(name = "rename", summary = "A department renamed", value = RENAME_EXAMPLE),
                    @ExampleObject(name = "dissolve", summary = "A district dissolved without successor", value = DISSOLVE_EXAMPLE)}))
    @APIResponse(responseCode = "201", description = "Recorded; Location names the reorganisation.",
            headers = @Header(name = "Location", description = "URL of the reorganisation.", schema = @Schema(type = SchemaType.STRING, maxLength = 8192)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReorganisationResponse.class)))
    public Response create(
            @Parameter(in = ParameterIn.HEADER, name = "Idempotency-Key", description = "Makes retries safe: the same key and body replay the first response.",
                    example = "5b0c6a52-6f1e-4d33-a1f1-0b4a0e6c9d11") @HeaderParam("Idempotency-Key") @Size(max = 200) String idempotencyKey,
            @Valid @NotNull ReorganisationRequest request,
            @Context UriInfo uriInfo) {
        Reorganisation r = service.record(request, caller.id());
        URI location = uriInfo.getBaseUriBuilder().path(ReorganisationResource.class).path(r.id.toString()).build();
        return Response.created(location).entity(ReorganisationResponse.of(r)).build();
    }

    /** Lists reorganisations. */
    @GET
    @Operation(operationId = "listReorganisations", summary = "List reorganisations",
            description = "Reorganisations, latest effective date first, filtered by an agency they named (in any role) and by "
                    + "kind. Any authenticated role may read.")
    @APIResponse(responseCode = "200", description = "One page of reorganisations; Link names the first, previous, next and last pages.",
            headers = @Header(name = "Link", description = "RFC 8288 pagination links.", schema = @Schema(type = SchemaType.STRING, maxLength = 20000)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReorganisationPage.class)))
    public Response list(
            @Parameter(description = "Only reorganisations that named this agency.") @QueryParam("agencyId") UUID agencyId,
            @Parameter(description = "MERGE, SPLIT, RENAME or DISSOLVE.", example = "MERGE") @QueryParam("kind") ReorganisationKind kind,
            @BeanParam @Valid PageRequest page,
            @Context UriInfo uriInfo) {
        var result = service.search(new ReorganisationRepository.Filter(agencyId, kind), page);
        return PageResponses.ok(result, uriInfo);
    }

    /** One reorganisation. */
    @GET
    @Path("/{id}")
    @Operation(operationId = "getReorganisation", summary = "Get a reorganisation",
            description = "A reorganisation with its legal basis, the agencies it named and the predecessor → successor mapping. "
                    + "Any authenticated role may read.")
    @APIResponse(responseCode = "200", description = "The reorganisation.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReorganisationResponse.class)))
    public ReorganisationResponse get(@Parameter(description = "Reorganisation id.") @PathParam("id") UUID id) {
        return ReorganisationResponse.of(service.get(id));
    }

    /** OpenAPI shape of a page of reorganisations. */
    @Schema(name = "ReorganisationPage", description = "One page of reorganisations.")
    public record ReorganisationPage(@Schema(maxItems = PageRequest.MAX_SIZE) List<ReorganisationResponse> items, @Schema(example = "0", minimum = "0", maximum = "100000") int page,
            @Schema(example = "20", minimum = "1", maximum = "100") int size,
            @Schema(example = "39", minimum = "0", maximum = "9223372036854775807") long total) {
    }
}
