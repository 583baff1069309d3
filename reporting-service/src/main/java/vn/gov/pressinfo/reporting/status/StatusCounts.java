package vn.gov.pressinfo.reporting.status;

import java.util.Collection;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.pressinfo.reporting.assignment.AssignmentState;

/** Counts of a status table or one of its groups. */
@Schema(name = "StatusCounts", description = "Counts of agencies: total = submitted + notSubmitted + withdrawn.")
public record StatusCounts(
        @Schema(description = "Agencies asked (every line of the table).", example = "39", minimum = "0", maximum = "2147483647") int total,
        @Schema(description = "Submitted at least once.", example = "20", minimum = "0", maximum = "2147483647") int submitted,
        @Schema(description = "Not submitted (chưa gửi); withdrawn assignments are not counted here.", example = "18", minimum = "0", maximum = "2147483647") int notSubmitted,
        @Schema(example = "17", minimum = "0", maximum = "2147483647") int onTime,
        @Schema(example = "3", minimum = "0", maximum = "2147483647") int late,
        @Schema(description = "Not submitted and past the deadline.", example = "18", minimum = "0", maximum = "2147483647") int overdue,
        @Schema(example = "10", minimum = "0", maximum = "2147483647") int accepted,
        @Schema(description = "Withdrawn because a reorganisation ended the agency and no successor takes the report (cơ quan đã giải "
                + "thể/sáp nhập).", example = "1", minimum = "0", maximum = "2147483647") int withdrawn) {

    static StatusCounts of(Collection<AgencyStatus> lines) {
        int submitted = 0;
        int late = 0;
        int overdue = 0;
        int accepted = 0;
        int withdrawn = 0;
        for (AgencyStatus s : lines) {
            if (s.submitted()) {
                submitted++;
                if (s.late()) {
                    late++;
                }
            } else if (s.state() == AssignmentState.WITHDRAWN) {
                withdrawn++;
            }
            if (s.overdue()) {
                overdue++;
            }
            if (s.state() == AssignmentState.ACCEPTED) {
                accepted++;
            }
        }
        return new StatusCounts(lines.size(), submitted, lines.size() - submitted - withdrawn, submitted - late, late, overdue, accepted,
                withdrawn);
    }
}
