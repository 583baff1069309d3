package vn.gov.pressinfo.reporting.status;

import java.util.Collection;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Counts of a status table or one of its groups. */
@Schema(name = "StatusCounts", description = "Counts of agencies.")
public record StatusCounts(
        @Schema(example = "39") int total,
        @Schema(description = "Submitted at least once.", example = "20") int submitted,
        @Schema(description = "Not submitted.", example = "19") int notSubmitted,
        @Schema(example = "17") int onTime,
        @Schema(example = "3") int late,
        @Schema(description = "Not submitted and past the deadline.", example = "19") int overdue,
        @Schema(example = "10") int accepted) {

    static StatusCounts of(Collection<AgencyStatus> lines) {
        int submitted = 0;
        int late = 0;
        int overdue = 0;
        int accepted = 0;
        for (AgencyStatus s : lines) {
            if (s.submitted()) {
                submitted++;
                if (s.late()) {
                    late++;
                }
            }
            if (s.overdue()) {
                overdue++;
            }
            if (s.state() == vn.gov.pressinfo.reporting.assignment.AssignmentState.ACCEPTED) {
                accepted++;
            }
        }
        return new StatusCounts(lines.size(), submitted, lines.size() - submitted, submitted - late, late, overdue, accepted);
    }
}
