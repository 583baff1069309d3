package vn.gov.pressinfo.reporting.compliance;

import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Compliance scores of the agencies for one period, ranked, with the commendation and public lists. */
@Schema(name = "ComplianceScores", description = "Compliance scores per agency for a period, ranked; commendation proposals and the public list.")
public record ComplianceScores(
        @Schema(example = "2025", maxLength = 20) String period,
        @Schema(description = "First day of the period (Decree 09/2019 cut-off).", example = "2024-12-15") LocalDate from,
        @Schema(description = "Last day of the period (Decree 09/2019 cut-off).", example = "2025-12-14") LocalDate to,
        Weights weights,
        @Schema(example = "90", minimum = "0", maximum = "2147483647") int commendationThreshold,
        @Schema(example = "50", minimum = "0", maximum = "2147483647") int publicListThreshold,
        @Schema(maxItems = 20000) List<AgencyScore> ranking,
        @Schema(description = "Proposed for commendation (khen thưởng): score at or above the commendation threshold.", maxItems = 20000) List<@Size(max = 300) String> commendation,
        @Schema(description = "Public list of agencies that did not perform well: score below the public-list threshold.", maxItems = 20000) List<@Size(max = 300) String> publicList) {

    /** The weights in force. */
    @Schema(name = "ComplianceWeights", description = "Weights of the criteria (configuration).")
    public record Weights(@Schema(minimum = "0", maximum = "2147483647") int spokesperson, @Schema(minimum = "0", maximum = "2147483647") int regulation, @Schema(minimum = "0", maximum = "2147483647") int training, @Schema(minimum = "0", maximum = "2147483647") int reportsOnTime, @Schema(minimum = "0", maximum = "2147483647") int falseInfoAnswered,
            @Schema(description = "Weight of the share of press inquiries answered on time.", example = "15", minimum = "0", maximum = "2147483647") int inquiriesAnsweredOnTime,
            @Schema(description = "Weight of the share of incidents led with the initial statement on time.", example = "10", minimum = "0", maximum = "2147483647")
            int initialStatementsOnTime,
            @Schema(description = "Weight of no periodic press duty missed.", example = "10", minimum = "0", maximum = "2147483647") int pressDutiesMet) {
    }

    /** One agency's score. */
    @Schema(name = "AgencyComplianceScore", description = "One agency's score and how it stands on each criterion.")
    public record AgencyScore(
            @Schema(example = "1", minimum = "0", maximum = "2147483647") int rank,
            UUID agencyId,
            @Schema(example = "Sở Y tế", maxLength = 300) String agencyName,
            @Schema(example = "DEPARTMENT", maxLength = 50) String agencyType,
            @Schema(description = "Earned share of the applicable weights, in percent.", example = "85.0") double score,
            Criterion spokesperson,
            Criterion regulation,
            Criterion training,
            Criterion reportsOnTime,
            Criterion falseInfoAnswered,
            @Schema(description = "Reports asked with a deadline in the period / submitted on time.", example = "2", minimum = "0", maximum = "2147483647") int reportsAsked,
            @Schema(example = "1", minimum = "0", maximum = "2147483647") int reportsOnTimeCount,
            @Schema(description = "False-information cases flagged in the period / answered on time.", example = "1", minimum = "0", maximum = "2147483647") int falseInfoFlagged,
            @Schema(example = "1", minimum = "0", maximum = "2147483647") int falseInfoAnsweredOnTime,
            @Schema(description = "Press inquiries answered on time: MET when all were (or there was none), PARTLY_MET, NOT_MET when none was.")
            Criterion inquiriesAnsweredOnTime,
            @Schema(description = "Press inquiries answered (wholly or partly), refused or gone overdue in the period.", example = "4", minimum = "0", maximum = "2147483647") int inquiriesDecided,
            @Schema(description = "Of those, answered or lawfully refused by the deadline.", example = "3", minimum = "0", maximum = "2147483647") int inquiriesAnsweredOnTimeCount,
            @Schema(description = "inquiriesAnsweredOnTimeCount / inquiriesDecided in percent, one decimal; 100 when there was no inquiry "
                    + "(the agency earns the criterion in full).", example = "75.0") double inquiriesAnsweredOnTimeShare,
            @Schema(description = "Initial statements on incidents the agency led: MET when none went overdue, PARTLY_MET, NOT_MET when all "
                    + "did, NOT_APPLICABLE when it led no incident in the period.") Criterion initialStatementsOnTime,
            @Schema(description = "Incidents the agency led that became known in the period.", example = "2", minimum = "0", maximum = "2147483647") int incidentsLed,
            @Schema(description = "Of those, without an overdue initial statement.", example = "1", minimum = "0", maximum = "2147483647") int initialStatementsOnTimeCount,
            @Schema(description = "Periodic duties to inform the press (monthly information, quarterly press conference): NOT_MET when one "
                    + "was missed in a period ending within the period, otherwise MET.") Criterion pressDutiesMet,
            @Schema(description = "Periodic duties missed in periods ending within the period.", example = "0", minimum = "0", maximum = "2147483647") int pressDutiesMissed) {
    }
}
