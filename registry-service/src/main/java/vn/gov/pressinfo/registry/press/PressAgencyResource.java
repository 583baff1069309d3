package vn.gov.pressinfo.registry.press;

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
import vn.gov.pressinfo.web.ETags;
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.PageResponses;

/** Press agencies (cơ quan báo chí), their representative offices and resident reporters. */
@Path("/api/v1/press-agencies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Press agencies", description = "Press agencies (cơ quan báo chí) with their governing body and licence, their "
        + "representative offices (văn phòng đại diện) and resident reporters (phóng viên thường trú) in the province. "
        + "Managed by the press management department; every authenticated role may read.")
@SecurityRequirement(name = "bearer")
@Authenticated
public class PressAgencyResource {

    private static final String CREATE_EXAMPLE = """
            {"name": "Báo Kiên Giang", "medium": "PRINT", "governingBody": "Tỉnh ủy Kiên Giang",
             "licence": {"number": "123/GP-BTTTT", "date": "2019-05-20", "issuer": "Bộ Thông tin và Truyền thông"},
             "website": "https://baokiengiang.vn"}""";
    private static final String UPDATE_EXAMPLE = """
            {"name": "Báo và Phát thanh, Truyền hình Kiên Giang", "medium": "TV", "governingBody": "Tỉnh ủy Kiên Giang",
             "licence": {"number": "456/GP-BVHTTDL", "date": "2025-07-01", "issuer": "Bộ Văn hóa, Thể thao và Du lịch"},
             "website": "https://kgtv.vn", "status": "ACTIVE", "reason": "Hợp nhất Báo Kiên Giang và Đài PT-TH Kiên Giang"}""";
    private static final String OFFICE_EXAMPLE = """
            {"address": "25 Trần Phú, phường Vĩnh Thanh Vân, Rạch Giá", "province": "Kiên Giang", "head": "Trần Thị Bích",
             "phone": "0297 3862 123", "email": "vpdd.kiengiang@baotuoitre.vn",
             "licence": {"number": "89/GP-STTTT", "date": "2020-09-10", "issuer": "Sở Thông tin và Truyền thông Kiên Giang"}}""";
    private static final String REPORTER_EXAMPLE = """
            {"fullName": "Lê Minh Tâm", "pressCardNumber": "HN-12345", "area": "Tỉnh Kiên Giang và thành phố Phú Quốc",
             "phone": "+84 912 345 678", "email": "tam.le@baotuoitre.vn", "validFrom": "2025-01-01", "validTo": "2026-12-31"}""";

    private final PressAgencyService service;
    private final Caller caller;

    public PressAgencyResource(PressAgencyService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    /** Lists press agencies. */
    @GET
    @Operation(operationId = "listPressAgencies", summary = "List press agencies",
            description = "Press agencies ordered by name, filtered by medium and status. The name search ignores case and "
                    + "Vietnamese diacritics (\"bao kien giang\" finds \"Báo Kiên Giang\"). Any authenticated role may read.")
    @APIResponse(responseCode = "200", description = "One page of press agencies; Link names the first, previous, next and last pages.",
            headers = @Header(name = "Link", description = "RFC 8288 pagination links.", schema = @Schema(type = SchemaType.STRING, maxLength = 20000)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PressAgencyPage.class)))
    public Response list(
            @Parameter(description = "Part of the name; case and accents optional.", example = "bao kien giang")
            @QueryParam("q") @Size(max = 200) String q,
            @Parameter(description = "Only this medium.", example = "PRINT") @QueryParam("medium") PressMedium medium,
            @Parameter(description = "Only this status.", example = "ACTIVE") @QueryParam("status") PressAgencyStatus status,
            @BeanParam @Valid PageRequest page,
            @Context UriInfo uriInfo) {
        var result = service.search(new PressAgencyRepository.Filter(medium, status, q), page);
        return PageResponses.ok(result, uriInfo);
    }

    /** Records a press agency. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRESS_ADMIN, Roles.SYSTEM})
    @Operation(operationId = "createPressAgency", summary = "Record a press agency",
            description = "Records a press agency with its medium, governing body and licence; it starts ACTIVE unless a status "
                    + "is given. The first revision of its history is written at the same time. Send an Idempotency-Key to make "
                    + "retries safe. Roles: press-admin, system.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PressAgencyDetails.class), examples = @ExampleObject(name = "newspaper", value = CREATE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Recorded; Location names the press agency and ETag its version.",
            headers = {@Header(name = "Location", description = "URL of the press agency.", schema = @Schema(type = SchemaType.STRING, maxLength = 8192)),
                    @Header(name = "ETag", description = "Version of the press agency.", schema = @Schema(type = SchemaType.STRING, maxLength = 100))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PressAgencyResponse.class)))
    public Response create(
            @Parameter(in = ParameterIn.HEADER, name = "Idempotency-Key", description = "Makes retries safe: the same key and body replay the first response.",
                    example = "5b0c6a52-6f1e-4d33-a1f1-0b4a0e6c9d11") @HeaderParam("Idempotency-Key") @Size(max = 200) String idempotencyKey,
            @Valid @NotNull PressAgencyDetails details,
            @Context UriInfo uriInfo) {
        PressAgency pressAgency = service.create(details, caller.id());
        URI location = uriInfo.getBaseUriBuilder().path(PressAgencyResource.class).path(pressAgency.id.toString()).build();
        return Response.created(location).tag(ETags.of(pressAgency.version)).entity(PressAgencyResponse.of(pressAgency)).build();
    }

    /** One press agency. */
    @GET
    @Path("/{id}")
    @Operation(operationId = "getPressAgency", summary = "Get a press agency",
            description = "The press agency. The ETag is its version; send it back in If-Match to change it. Any authenticated role may read.")
    @APIResponse(responseCode = "200", description = "The press agency.",
            headers = @Header(name = "ETag", description = "Version of the press agency.", schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PressAgencyResponse.class)))
    public Response get(@Parameter(description = "Press agency id.") @PathParam("id") UUID id) {
        PressAgency pressAgency = service.get(id);
        return Response.ok(PressAgencyResponse.of(pressAgency)).tag(ETags.of(pressAgency.version)).build();
    }

    /** Changes a press agency. */
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRESS_ADMIN, Roles.SYSTEM})
    @Operation(operationId = "updatePressAgency", summary = "Change a press agency",
            description = "Replaces the press agency's attributes (an omitted status keeps the current one) and appends a revision "
                    + "with who changed it, when, the reason and the fields changed. Requires If-Match with the current ETag. "
                    + "Roles: press-admin, system.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PressAgencyDetails.class), examples = @ExampleObject(name = "merger", value = UPDATE_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The press agency after the change; ETag is its new version.",
            headers = @Header(name = "ETag", description = "New version of the press agency.", schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PressAgencyResponse.class)))
    public Response update(
            @Parameter(description = "Press agency id.") @PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, name = "If-Match", required = true, description = "ETag of the version being changed.", example = "\"0\"")
            @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = 1000) String ifMatch,
            @Valid @NotNull PressAgencyDetails details) {
        PressAgency pressAgency = service.update(id, ifMatch, details, caller.id());
        return Response.ok(PressAgencyResponse.of(pressAgency)).tag(ETags.of(pressAgency.version)).build();
    }

    /** Every revision of a press agency. */
    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getPressAgencyHistory", summary = "History of a press agency",
            description = "Every recorded version, oldest first: who recorded it, when, why, and which fields changed.")
    @APIResponse(responseCode = "200", description = "The revisions, oldest first.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PressAgencyRevisionResponse.class, type = SchemaType.ARRAY, maxItems = 10000)))
    public List<PressAgencyRevisionResponse> history(@Parameter(description = "Press agency id.") @PathParam("id") UUID id) {
        return PressAgencyRevisionResponse.listOf(service.history(id));
    }

    /** Records a representative office. */
    @POST
    @Path("/{id}/representative-offices")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRESS_ADMIN, Roles.SYSTEM})
    @Operation(operationId = "createRepresentativeOffice", summary = "Record a representative office",
            description = "Records a licensed representative office (văn phòng đại diện) of the press agency. Phone: 0 or +84 then "
                    + "9 or 10 digits. Send an Idempotency-Key to make retries safe. Roles: press-admin, system.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RepresentativeOfficeDetails.class), examples = @ExampleObject(name = "office", value = OFFICE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Recorded.",
            headers = @Header(name = "Location", description = "URL of the press agency's office list.", schema = @Schema(type = SchemaType.STRING, maxLength = 8192)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RepresentativeOfficeResponse.class)))
    public Response addOffice(
            @Parameter(description = "Press agency id.") @PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, name = "Idempotency-Key", description = "Makes retries safe: the same key and body replay the first response.",
                    example = "8d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a") @HeaderParam("Idempotency-Key") @Size(max = 200) String idempotencyKey,
            @Valid @NotNull RepresentativeOfficeDetails details,
            @Context UriInfo uriInfo) {
        RepresentativeOffice office = service.addOffice(id, details, caller.id());
        URI location = uriInfo.getBaseUriBuilder().path(PressAgencyResource.class).path(id.toString()).path("representative-offices").build();
        return Response.created(location).entity(RepresentativeOfficeResponse.of(office)).build();
    }

    /** The press agency's representative offices. */
    @GET
    @Path("/{id}/representative-offices")
    @Operation(operationId = "listRepresentativeOffices", summary = "List representative offices",
            description = "The press agency's representative offices, by province. Any authenticated role may read.")
    @APIResponse(responseCode = "200", description = "The offices.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RepresentativeOfficeResponse.class, type = SchemaType.ARRAY, maxItems = 10000)))
    public List<RepresentativeOfficeResponse> offices(@Parameter(description = "Press agency id.") @PathParam("id") UUID id) {
        return service.offices(id).stream().map(RepresentativeOfficeResponse::of).toList();
    }

    /** Records a resident reporter. */
    @POST
    @Path("/{id}/resident-reporters")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRESS_ADMIN, Roles.SYSTEM})
    @Operation(operationId = "createResidentReporter", summary = "Record a resident reporter",
            description = "Records a resident reporter (phóng viên thường trú) of the press agency for an area and period "
                    + "(validTo, when given, not before validFrom). Send an Idempotency-Key to make retries safe. Roles: press-admin, system.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ResidentReporterDetails.class), examples = @ExampleObject(name = "reporter", value = REPORTER_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Recorded.",
            headers = @Header(name = "Location", description = "URL of the press agency's reporter list.", schema = @Schema(type = SchemaType.STRING, maxLength = 8192)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ResidentReporterResponse.class)))
    public Response addReporter(
            @Parameter(description = "Press agency id.") @PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, name = "Idempotency-Key", description = "Makes retries safe: the same key and body replay the first response.",
                    example = "9e3f4a5b-6c7d-4e8f-9a0b-1c2d3e4f5a6b") @HeaderParam("Idempotency-Key") @Size(max = 200) String idempotencyKey,
            @Valid @NotNull ResidentReporterDetails details,
            @Context UriInfo uriInfo) {
        ResidentReporter reporter = service.addReporter(id, details, caller.id());
        URI location = uriInfo.getBaseUriBuilder().path(PressAgencyResource.class).path(id.toString()).path("resident-reporters").build();
        return Response.created(location).entity(ResidentReporterResponse.of(reporter)).build();
    }

    /** The press agency's resident reporters. */
    @GET
    @Path("/{id}/resident-reporters")
    @Operation(operationId = "listResidentReporters", summary = "List resident reporters",
            description = "The press agency's resident reporters, latest accreditation first. Any authenticated role may read.")
    @APIResponse(responseCode = "200", description = "The resident reporters.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ResidentReporterResponse.class, type = SchemaType.ARRAY, maxItems = 10000)))
    public List<ResidentReporterResponse> reporters(@Parameter(description = "Press agency id.") @PathParam("id") UUID id) {
        return service.reporters(id).stream().map(ResidentReporterResponse::of).toList();
    }

    @Schema(name = "PressAgencyPage", description = "One page of press agencies.")
    public record PressAgencyPage(@Schema(maxItems = PageRequest.MAX_SIZE) List<PressAgencyResponse> items, @Schema(example = "0", minimum = "0", maximum = "100000") int page,
            @Schema(example = "20", minimum = "1", maximum = "100") int size,
            @Schema(example = "39", minimum = "0", maximum = "9223372036854775807") long total) {
    }
}
