package vn.gov.pressinfo.reporting.regime;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

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

/** Reporting regimes (chế độ báo cáo) and their periods. */
@Path("/api/v1/regimes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = RegimeResource.TAG, description = RegimeResource.TAG_DESCRIPTION)
@SecurityRequirement(name = "bearer")
@Authenticated
public class RegimeResource {

    static final String TAG = "Reporting regimes";
    static final String TAG_DESCRIPTION = "Reporting regimes as data: frequency, data cut-off (default Decree 09/2019 Art. 12: "
            + "15th of the month before the period to the 14th of its last month), deadline rule, template of indicators and recipients.";
    static final String EXAMPLE = """
            {"code": "PRESS_WORK_QUARTERLY", "name": "Báo cáo quý về công tác phát ngôn", "legalBasis": "Nghị định 09/2019/NĐ-CP Điều 12",
             "frequency": "QUARTERLY", "deadlineKind": "WORKING_DAYS_AFTER_CUTOFF", "deadlineWorkingDays": 3,
             "indicators": [{"key": "pressConferences", "label": "Số cuộc họp báo đã tổ chức", "type": "INTEGER", "required": true},
                            {"key": "formsUsed", "label": "Các hình thức cung cấp thông tin", "type": "MULTI_CHOICE", "required": false}],
             "recipients": ["Ủy ban nhân dân tỉnh"]}""";

    private final RegimeService service;
    private final Caller caller;

    public RegimeResource(RegimeService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    /** Every regime. */
    @GET
    @Operation(operationId = "listRegimes", summary = "List reporting regimes", description = "Every regime, by code. Any authenticated role.")
    @APIResponse(responseCode = "200", description = "The regimes.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RegimeResponse.class, type = SchemaType.ARRAY, maxItems = 10000)))
    public List<RegimeResponse> list() {
        return service.list().stream().map(RegimeResponse::of).toList();
    }

    /** One regime. */
    @GET
    @Path("/{id}")
    @Operation(operationId = "getRegime", summary = "Get a reporting regime", description = "The regime; the ETag is its version.")
    @APIResponse(responseCode = "200", description = "The regime.",
            headers = @Header(name = "ETag", description = "Version.", schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegimeResponse.class)))
    public Response get(@Parameter(description = "Regime id.") @PathParam("id") UUID id) {
        Regime regime = service.get(id);
        return Response.ok(RegimeResponse.of(regime)).tag(ETags.of(regime.version)).build();
    }

    /** Defines a regime. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PRESS_ADMIN)
    @Operation(operationId = "createRegime", summary = "Define a reporting regime",
            description = "Indicator keys must be unique; the deadline rule needs its number. Role: press-admin.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegimeRequest.class),
            examples = @ExampleObject(name = "quarterly", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "The regime.",
            headers = @Header(name = "Location", description = "URI of the regime.", schema = @Schema(type = SchemaType.STRING, maxLength = 8192)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegimeResponse.class)))
    public Response create(@Valid @NotNull RegimeRequest request) {
        Regime regime = service.create(request, caller.id());
        return Response.created(URI.create("/api/v1/regimes/" + regime.id)).entity(RegimeResponse.of(regime)).tag(ETags.of(regime.version)).build();
    }

    /** Revises a regime. */
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PRESS_ADMIN)
    @Operation(operationId = "updateRegime", summary = "Revise a reporting regime",
            description = "Replaces the regime. Requests created before keep the template they were created with. Requires If-Match. Role: press-admin.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegimeRequest.class),
            examples = @ExampleObject(name = "quarterly", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The revised regime.",
            headers = @Header(name = "ETag", description = "New version.", schema = @Schema(type = SchemaType.STRING, maxLength = 100)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegimeResponse.class)))
    public Response update(@Parameter(description = "Regime id.") @PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, name = "If-Match", required = true, description = "ETag of the version being revised.", example = "\"0\"")
            @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = 1000) String ifMatch,
            @Valid @NotNull RegimeRequest request) {
        Regime regime = service.update(id, ifMatch, request, caller.id());
        return Response.ok(RegimeResponse.of(regime)).tag(ETags.of(regime.version)).build();
    }

    /** A period of the regime with its cut-off and deadline. */
    @GET
    @Path("/{id}/periods/{label}")
    @Operation(operationId = "getRegimePeriod", summary = "Cut-off and deadline of a period",
            description = "The data cut-off of the period (e.g. 2025 → 15 Dec 2024 to 14 Dec 2025), the submission deadline computed "
                    + "with the working-day calendar in Asia/Ho_Chi_Minh, and the agency types its scheduled request asks (dated: in force "
                    + "on the last day of the cut-off).")
    @APIResponse(responseCode = "200", description = "The period.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PeriodResponse.class)))
    public PeriodResponse period(@Parameter(description = "Regime id.") @PathParam("id") UUID id,
            @Parameter(description = "Period label: 2025, 2025-H1, 2025-Q3 or 2025-07.", example = "2025") @PathParam("label") @Size(max = 20) String label) {
        Regime regime = service.get(id);
        ReportingPeriod period = service.period(regime, label, "label");
        return new PeriodResponse(regime.code, period, service.dueDate(regime, period), service.targetTypes(regime, period));
    }
}
