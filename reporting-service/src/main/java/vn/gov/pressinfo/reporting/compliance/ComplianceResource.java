package vn.gov.pressinfo.reporting.compliance;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
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

/** Compliance scores, ranking, commendation proposals and the public list. */
@Path("/api/v1/compliance")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = ComplianceResource.TAG, description = ComplianceResource.TAG_DESCRIPTION)
@SecurityRequirement(name = "bearer")
public class ComplianceResource {

    static final String TAG = "Compliance scores";
    static final String TAG_DESCRIPTION = "How well each agency carries out its spokesperson duties in a period, from facts the suite holds. "
            + "Periods follow the Decree 09/2019 cut-off like report periods (2025 = 15 Dec 2024 to 14 Dec 2025). Facts recorded for an agency "
            + "that a reorganisation ended count for its successor (the heir that took its work). "
            + "Score = the weights of the criteria met, as a percentage of the weights of the applicable criteria. Default weights "
            + "(configuration pressinfo.reporting.compliance.weights.*): current spokesperson 25, spokesperson regulation in effect 20, "
            + "training attended by the spokesperson within the period or the year before 15, every report due in the period submitted on "
            + "time 25 (not applicable when none was asked; a request counts in the period its cut-off ends in, an ad hoc one by its due "
            + "date; an assignment withdrawn because a reorganisation ended the agency is never counted), every false-information case "
            + "flagged in the period answered by a rebuttal sent on time 15 (not applicable when none), the share of press inquiries with a timely response 15 (in full when none), the "
            + "share of incidents the agency led whose initial statement did not go overdue 10 (not applicable when none), no periodic "
            + "press duty missed 10. At or above the commendation threshold (default 90) an agency is proposed for "
            + "commendation; below the public-list threshold (default 50) it goes on the public list of agencies that did not perform well. "
            + "See docs/adr/0009-reporting-deadlines-and-compliance.md.";

    private final ComplianceService service;

    public ComplianceResource(ComplianceService service) {
        this.service = service;
    }

    /** Scores of a period. */
    @GET
    @Path("/scores")
    @RolesAllowed({Roles.PRESS_ADMIN, Roles.AUDITOR, Roles.PRESS_MONITOR, Roles.SYSTEM})
    @Operation(operationId = "getComplianceScores", summary = "Compliance scores, ranking and lists of a period",
            description = "Every ACTIVE agency (optionally of one type or under one parent) with its score and criteria, ranked (ties share a "
                    + "rank), the commendation proposals and the public list. Roles: press-admin, auditor, press-monitor, system.")
    @APIResponse(responseCode = "200", description = "The scores.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ComplianceScores.class)))
    public ComplianceScores scores(
            @Parameter(description = "Reporting period with the Decree 09/2019 cut-off, as report periods: 2025 (15 Dec 2024 to 14 Dec 2025), "
                    + "2025-H1 (15 Dec 2024 to 14 Jun 2025), 2025-Q3 (15 Jun to 14 Sep 2025) or 2025-07 (15 Jun to 14 Jul 2025).", example = "2025",
                    required = true)
            @QueryParam("period") @NotBlank @Size(max = 20) String period,
            @Parameter(description = "Only agencies of this type.", example = "DEPARTMENT") @QueryParam("type") @Size(max = 40) String type,
            @Parameter(description = "Only agencies directly under this parent.") @QueryParam("parentId") UUID parentId) {
        return service.scores(period, type, parentId);
    }
}
