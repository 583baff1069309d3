package vn.gov.pressinfo.pressresponse.inquiry;

import java.time.LocalDate;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

/** The legal grounds for refusing information to the press, as dated data. */
@Path("/api/v1/refusal-grounds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = PressInquiryResource.TAG, description = PressInquiryResource.TAG_DESCRIPTION)
@SecurityRequirement(name = "bearer")
@Authenticated
public class RefusalGroundResource {

    private final RefusalGrounds grounds;

    public RefusalGroundResource(RefusalGrounds grounds) {
        this.grounds = grounds;
    }

    /** The grounds in force on a day, or all of them. */
    @GET
    @Operation(operationId = "listRefusalGrounds", summary = "List legal grounds for refusing information",
            description = "The grounds on which an agency may refuse to provide information to the press, with their legal basis "
                    + "and effective dates: with on, those in force that day (Press Law 2016 Art. 38 until 2026-06-30, Press Law "
                    + "2025 from 2026-07-01); without, every ground ever in force. Any authenticated role may read.")
    @APIResponse(responseCode = "200", description = "The grounds.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RefusalGroundResponse.class, type = SchemaType.ARRAY, maxItems = 10000)))
    public List<RefusalGroundResponse> list(
            @Parameter(description = "Only the grounds in force on this day.", example = "2026-12-07") @QueryParam("on") LocalDate on) {
        return (on == null ? grounds.all() : grounds.inForce(on)).stream().map(RefusalGroundResponse::of).toList();
    }
}
