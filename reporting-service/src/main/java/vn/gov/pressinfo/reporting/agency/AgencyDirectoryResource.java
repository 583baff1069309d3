package vn.gov.pressinfo.reporting.agency;

import java.util.UUID;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import vn.gov.pressinfo.agencydirectory.AgencyDirectory;
import vn.gov.pressinfo.agencydirectory.AgencyReference;
import vn.gov.pressinfo.agencydirectory.AgencyReferencePage;
import vn.gov.pressinfo.agencydirectory.AgencyReferenceRepository;
import vn.gov.pressinfo.agencydirectory.AgencyView;
import vn.gov.pressinfo.web.ETags;
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.PageResponses;
import vn.gov.pressinfo.web.ProblemException;

/**
 * Read-only agency directory (danh mục cơ quan) of reporting-service: registry-service's agencies as this service's read model
 * knows them ({@link AgencyDirectory} of platform-agency-directory, fed by {@link AgencyDirectoryChannels}).
 */
@Path("/api/v1/agencies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Agencies", description = "Agencies as this service knows them from registry-service (read-only).")
@SecurityRequirement(name = "bearer")
@Authenticated
public class AgencyDirectoryResource {

    private final AgencyDirectory directory;

    public AgencyDirectoryResource(AgencyDirectory directory) {
        this.directory = directory;
    }

    /** Lists agencies, filtered and paged. */
    @GET
    @Operation(operationId = "listAgencies", summary = "List agencies",
            description = "Agencies known to this service, ordered by code. The name search ignores case and Vietnamese diacritics "
                    + "(\"kien giang\" finds \"Kiên Giang\"). Any authenticated role may read.")
    @APIResponse(responseCode = "200", description = "One page of agencies; the Link header names the first, previous, next and last pages.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgencyReferencePage.class)))
    public Response list(
            @Parameter(description = "Agency type code, e.g. DEPARTMENT.", example = "DEPARTMENT")
            @QueryParam("type") @Size(max = 50) String type,
            @Parameter(description = "Only children of this agency.") @QueryParam("parentId") UUID parentId,
            @Parameter(description = "ACTIVE or DISSOLVED.", example = "ACTIVE")
            @QueryParam("status") @Size(max = 9) @Pattern(regexp = "ACTIVE|DISSOLVED", message = "must be ACTIVE or DISSOLVED") String status,
            @Parameter(description = "Part of the name, accents optional.", example = "kien giang")
            @QueryParam("q") @Size(max = 200) String q,
            @BeanParam @Valid PageRequest page,
            @Context UriInfo uriInfo) {
        var result = directory.search(new AgencyReferenceRepository.Filter(type, parentId, status, q), page);
        return PageResponses.ok(result, uriInfo);
    }

    /** One agency. */
    @GET
    @Path("/{id}")
    @Operation(operationId = "getAgency", summary = "Get an agency",
            description = "One agency as this service knows it. The ETag is the snapshot version.")
    @APIResponse(responseCode = "200", description = "The agency.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgencyView.class)))
    public Response get(@Parameter(description = "Agency id.") @PathParam("id") UUID id) {
        AgencyReference agency = directory.find(id)
                .orElseThrow(() -> ProblemException.notFound("Agency " + id + " is not known to this service."));
        return Response.ok(AgencyView.of(agency)).tag(ETags.of(agency.version)).build();
    }
}
