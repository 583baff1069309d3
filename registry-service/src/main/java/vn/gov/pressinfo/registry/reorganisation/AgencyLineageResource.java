package vn.gov.pressinfo.registry.reorganisation;

import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

/** The successors and predecessors of an agency, through any number of reorganisations. */
@Path("/api/v1/agencies/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = ReorganisationResource.TAG, description = ReorganisationResource.TAG_DESCRIPTION)
@SecurityRequirement(name = "bearer")
@Authenticated
public class AgencyLineageResource {

    private final ReorganisationService service;

    public AgencyLineageResource(ReorganisationService service) {
        this.service = service;
    }

    /** Who carries on an agency's work now. */
    @GET
    @Path("/successors")
    @Operation(operationId = "getAgencySuccessors", summary = "Current successors of an agency",
            description = "Follows predecessor → successor links through every later reorganisation (A merged into B, B split into "
                    + "C and D: the current successors of A are C and D). `agencies` are the active agencies at the ends of the "
                    + "chains; `chain` lists every link followed with its depth. The walk visits each agency once and stops after "
                    + ReorganisationService.MAX_CHAIN_DEPTH + " steps (`truncated`). An agency never reorganised has none. "
                    + "Any authenticated role may read.")
    @APIResponse(responseCode = "200", description = "The current successors and the chain that leads to them.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LineageResponse.class)))
    public LineageResponse successors(@Parameter(description = "Agency id.") @PathParam("id") UUID id) {
        return LineageResponse.of(service.lineage(id, ReorganisationService.Direction.SUCCESSORS));
    }

    /** Which agencies an agency's work came from. */
    @GET
    @Path("/predecessors")
    @Operation(operationId = "getAgencyPredecessors", summary = "Predecessors of an agency",
            description = "Follows successor → predecessor links back through every earlier reorganisation. `agencies` are the "
                    + "earliest agencies of the chains; `chain` lists every link followed with its depth. Bounded and cycle-safe "
                    + "like the successor lookup. Any authenticated role may read.")
    @APIResponse(responseCode = "200", description = "The earliest predecessors and the chain that leads to them.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LineageResponse.class)))
    public LineageResponse predecessors(@Parameter(description = "Agency id.") @PathParam("id") UUID id) {
        return LineageResponse.of(service.lineage(id, ReorganisationService.Direction.PREDECESSORS));
    }
}
