package vn.gov.pressinfo.registry.agency;

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

/** The agency directory (danh mục cơ quan) of the province. */
@Path("/api/v1/agencies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Agencies", description = "The agency tree of the province, with the history of each agency's name, code, type and parent.")
@SecurityRequirement(name = "bearer")
@Authenticated
public class AgencyResource {

    private static final String CREATE_EXAMPLE = """
            {"code": "KG-12", "name": "Sở Thông tin và Truyền thông", "type": "DEPARTMENT",
             "parentId": "0b7e6f4c-1a2b-4c3d-8e9f-0a1b2c3d4e5f", "validFrom": "2020-01-01"}""";
    private static final String RENAME_EXAMPLE = """
            {"code": "KG-12", "name": "Sở Văn hóa, Thể thao và Du lịch", "type": "DEPARTMENT",
             "parentId": "0b7e6f4c-1a2b-4c3d-8e9f-0a1b2c3d4e5f", "validFrom": "2025-03-01",
             "note": "Hợp nhất theo Nghị quyết của HĐND tỉnh"}""";

    private final AgencyService service;
    private final Caller caller;

    public AgencyResource(AgencyService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    /** Lists agencies. */
    @GET
    @Operation(operationId = "listAgencies", summary = "List agencies",
            description = "Agencies ordered by code, filtered by type, parent and status. The name search ignores case and "
                    + "Vietnamese diacritics (\"kien giang\" finds \"Kiên Giang\"). With `on` (a date), the tree as it stood "
                    + "that day: each agency as the version valid then (name, code, type, parent, status), the filters applied "
                    + "to that version, agencies created later absent; e.g. `?on=2025-06-30&parentId=…` lists the children a "
                    + "province had before the 2025-07-01 merge. Any authenticated role may read.")
    @APIResponse(responseCode = "200", description = "One page of agencies; Link names the first, previous, next and last pages.",
            headers = @Header(name = "Link", description = "RFC 8288 pagination links.", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = 20000)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgencyPage.class)))
    public Response list(
            @Parameter(description = "Agency type code.", example = "DEPARTMENT") @QueryParam("type") @Size(max = 50) String type,
            @Parameter(description = "Only children of this agency.") @QueryParam("parentId") UUID parentId,
            @Parameter(description = "ACTIVE or DISSOLVED.", example = "ACTIVE") @QueryParam("status") AgencyStatus status,
            @Parameter(description = "Part of the name; case and accents optional.", example = "kien giang")
            @QueryParam("q") @Size(max = 200) String q,
            @Parameter(description = "A date (YYYY-MM-DD): list the agencies as they stood on that day instead of now.",
                    example = "2025-06-30", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                            format = "date"))
            @QueryParam("on") String on,
            @BeanParam @Valid PageRequest page,
            @Context UriInfo uriInfo) {
        var filter = new AgencyRepository.Filter(type, parentId, status, q);
        if (on != null) {
            return PageResponses.ok(service.searchOn(filter, date("on", on), page), uriInfo);
        }
        return PageResponses.ok(service.search(filter, page), uriInfo);
    }

    private static java.time.LocalDate date(String parameter, String value) {
        try {
            return java.time.LocalDate.parse(value.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new vn.gov.pressinfo.web.ProblemException(vn.gov.pressinfo.web.ProblemType.VALIDATION, 400,
                    "The query parameter " + parameter + " is not a date.", List.of(new vn.gov.pressinfo.web.Problem.FieldError(parameter,
                            "must be a date YYYY-MM-DD, e.g. 2025-06-30")));
        }
    }

    /** Creates an agency. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRESS_ADMIN, Roles.SYSTEM})
    @Operation(operationId = "createAgency", summary = "Create an agency",
            description = "Adds an agency to the tree and publishes its snapshot (AgencyChanged) to the other services. "
                    + "Send an Idempotency-Key to make retries safe. Roles: press-admin, system.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AgencyDetails.class), examples = @ExampleObject(name = "department", value = CREATE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; Location names the new agency and ETag its version.",
            headers = {@Header(name = "Location", description = "URL of the new agency.", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = 8192)),
                    @Header(name = "ETag", description = "Version of the agency.", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = 100))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgencyResponse.class)))
    public Response create(
            @Parameter(in = ParameterIn.HEADER, name = "Idempotency-Key", description = "Makes retries safe: the same key and body replay the first response.",
                    example = "5b0c6a52-6f1e-4d33-a1f1-0b4a0e6c9d11") @HeaderParam("Idempotency-Key") @Size(max = 200) String idempotencyKey,
            @Valid @NotNull AgencyDetails details,
            @Context UriInfo uriInfo) {
        Agency agency = service.create(details, caller.id());
        URI location = uriInfo.getBaseUriBuilder().path(AgencyResource.class).path(agency.id.toString()).build();
        return Response.created(location).tag(ETags.of(agency.version)).entity(AgencyResponse.of(agency)).build();
    }

    /** One agency. */
    @GET
    @Path("/{id}")
    @Operation(operationId = "getAgency", summary = "Get an agency",
            description = "The current attributes of an agency. The ETag is its version; send it back in If-Match to update.")
    @APIResponse(responseCode = "200", description = "The agency.",
            headers = @Header(name = "ETag", description = "Version of the agency.", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = 100)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgencyResponse.class)))
    public Response get(@Parameter(description = "Agency id.") @PathParam("id") UUID id) {
        Agency agency = service.get(id);
        return Response.ok(AgencyResponse.of(agency)).tag(ETags.of(agency.version)).build();
    }

    /** Records a change of name, code, type or parent. */
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRESS_ADMIN, Roles.SYSTEM})
    @Operation(operationId = "updateAgency", summary = "Change an agency",
            description = "Records a new version of the agency's code, name, type and parent from validFrom on; the previous "
                    + "version is kept in the history and ends on that date. Requires If-Match with the current ETag. "
                    + "Roles: press-admin, system.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AgencyDetails.class), examples = @ExampleObject(name = "rename", value = RENAME_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The agency after the change; ETag is its new version.",
            headers = @Header(name = "ETag", description = "New version of the agency.", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = 100)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgencyResponse.class)))
    public Response update(
            @Parameter(description = "Agency id.") @PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, name = "If-Match", required = true, description = "ETag of the version being changed.", example = "\"0\"")
            @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = 1000) String ifMatch,
            @Valid @NotNull AgencyDetails details) {
        Agency agency = service.update(id, ifMatch, details, caller.id());
        return Response.ok(AgencyResponse.of(agency)).tag(ETags.of(agency.version)).build();
    }

    /** Every version of an agency. */
    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getAgencyHistory", summary = "History of an agency",
            description = "Every version of the agency's code, name, type and parent, oldest first, with who recorded it and when.")
    @APIResponse(responseCode = "200", description = "The versions, oldest first.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgencyVersionResponse.class,
                    type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY, maxItems = 10000)))
    public List<AgencyVersionResponse> history(@Parameter(description = "Agency id.") @PathParam("id") UUID id) {
        return service.history(id).stream().map(AgencyVersionResponse::of).toList();
    }

    /** OpenAPI shape of a page of agencies. */
    @Schema(name = "AgencyPage", description = "One page of agencies.")
    public record AgencyPage(@Schema(maxItems = PageRequest.MAX_SIZE) List<AgencyResponse> items, @Schema(example = "0", minimum = "0", maximum = "100000") int page,
            @Schema(example = "20", minimum = "1", maximum = "100") int size,
            @Schema(example = "39", minimum = "0", maximum = "9223372036854775807") long total) {
    }
}
