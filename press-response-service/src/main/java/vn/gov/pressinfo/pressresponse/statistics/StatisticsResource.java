package vn.gov.pressinfo.pressresponse.statistics;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.gov.pressinfo.security.Roles;

/** Case statistics per agency and period. */
@Path("/api/v1/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics", description = "Figures per agency and period: cases, verdicts, rebuttals on time and late, corrections "
        + "obtained. Reporting-service gets the same facts through press events.")
@SecurityRequirement(name = "bearer")
public class StatisticsResource {

    private final StatisticsService service;

    public StatisticsResource(StatisticsService service) {
        this.service = service;
    }

    /** Figures for a period. */
    @GET
    @RolesAllowed({Roles.PRESS_ADMIN, Roles.PRESS_MONITOR, Roles.AUDITOR, Roles.SYSTEM, Roles.AGENCY_OFFICER})
    @Operation(operationId = "getCaseStatistics", summary = "Case statistics",
            description = "Cases detected from `from` to `to` inclusive (dates in Asia/Ho_Chi_Minh), for one responsible agency or "
                    + "all, and what became of them: verdicts, rebuttals on time and late, corrections obtained (compliant, on "
                    + "time), overdue, escalated. An agency officer gets its own agency's figures only.")
    @APIResponse(responseCode = "200", description = "The figures.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseStatistics.class)))
    public CaseStatistics get(
            @Parameter(description = "The responsible agency; all when absent.") @QueryParam("agencyId") UUID agencyId,
            @Parameter(description = "First day of the period.", example = "2026-01-01", required = true) @QueryParam("from") @NotNull LocalDate from,
            @Parameter(description = "Last day of the period.", example = "2026-12-31", required = true) @QueryParam("to") @NotNull LocalDate to) {
        return service.of(agencyId, from, to);
    }
}
