package vn.gov.pressinfo.registry.agency;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

/** The kinds of agency, as data. */
@Path("/api/v1/agency-types")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Agency types", description = "Kinds of agency (province, department, district, commune, other), kept as data.")
@SecurityRequirement(name = "bearer")
@Authenticated
public class AgencyTypeResource {

    private final AgencyService service;

    public AgencyTypeResource(AgencyService service) {
        this.service = service;
    }

    /** All agency types. */
    @GET
    @Operation(operationId = "listAgencyTypes", summary = "List agency types",
            description = "Every agency type, including retired ones (DISTRICT, retired on 2025-07-01), in display order.")
    @APIResponse(responseCode = "200", description = "The agency types.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgencyTypeResponse.class, type = SchemaType.ARRAY, maxItems = 10000)))
    public List<AgencyTypeResponse> list() {
        return service.types().stream().map(AgencyTypeResponse::of).toList();
    }
}
