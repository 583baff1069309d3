package vn.gov.pressinfo.reporting.status;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.pressinfo.reporting.assignment.AssignmentState;

/** One agency's line of the status table. */
@Schema(name = "AgencyStatus", description = "One agency's line of the status table.")
public record AgencyStatus(
        UUID assignmentId,
        UUID agencyId,
        @Schema(example = "Sở Tài nguyên và Môi trường", maxLength = 300) String agencyName,
        @Schema(example = "DEPARTMENT", maxLength = 50) String agencyType,
        AssignmentState state,
        @Schema(description = "The state as the status table and its exports word it: Chưa gửi, Đã gửi, Trả lại để hoàn thiện, Đã gửi lại, "
                + "Đã tiếp nhận, or Cơ quan đã giải thể/sáp nhập (WITHDRAWN: a reorganisation ended the agency and no successor takes the "
                + "report; not counted as not submitted).", example = "Đã gửi", maxLength = 100) String stateLabel,
        @Schema(description = "Submitted at least once (đã gửi).", example = "true") boolean submitted,
        @Schema(description = "The first submission was late.", example = "false") boolean late,
        @Schema(description = "Past the deadline and not submitted (never for WITHDRAWN).", example = "false") boolean overdue,
        Instant submittedAt) {
}
