package vn.gov.pressinfo.registry.training;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

/** The training sessions (tập huấn, bồi dưỡng) one agency attended. */
@Path("/api/v1/agencies/{agencyId}/trainings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = TrainingResource.TAG, description = TrainingResource.TAG_DESCRIPTION)
@SecurityRequirement(name = "bearer")
@Authenticated
public class AgencyTrainingResource {

    private final TrainingService service;

    public AgencyTrainingResource(TrainingService service) {
        this.service = service;
    }

    /** The sessions an agency attended. */
    @GET
    @Operation(operationId = "listAgencyTrainings", summary = "List the trainings an agency attended",
            description = "Every session the agency sent someone to, newest first, with its attendees and whether its spokesperson "
                    + "went in person or only substitutes did. Any authenticated role may read; an agency officer only its own agency's.")
    @APIResponse(responseCode = "200", description = "The sessions attended, newest first.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgencyTrainingResponse.class, type = SchemaType.ARRAY, maxItems = 10000)))
    public List<AgencyTrainingResponse> list(@Parameter(description = "Agency id.") @PathParam("agencyId") UUID agencyId) {
        return service.ofAgency(agencyId).stream().map(AgencyTrainingResponse::of).toList();
    }
}
