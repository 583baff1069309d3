package vn.gov.pressinfo.reporting.assignment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Assignment", description = "One agency's share of a report request.")
public record AssignmentResponse(
        UUID id,
        UUID requestId,
        @Schema(example = "1005/STTTT-TTBCXB", maxLength = 100) String reference,
        @Schema(example = "Báo cáo công tác phát ngôn và cung cấp thông tin cho báo chí năm 2025", maxLength = 1000) String subject,
        UUID agencyId,
        @Schema(example = "Sở Tài nguyên và Môi trường", maxLength = 300) String agencyName,
        @Schema(example = "DEPARTMENT", maxLength = 50) String agencyType,
        AssignmentState state,
        @Schema(description = "Past the deadline and not submitted (derived).", example = "false") boolean overdue,
        @Schema(description = "The first submission came after the deadline.", example = "false") boolean late,
        @Schema(example = "2025-12-17") LocalDate dueDate,
        @Schema(description = "Number of submissions so far.", example = "1", minimum = "0", maximum = "2147483647") int revision,
        Instant submittedAt,
        @Schema(maxLength = 255) String submittedBy,
        @Schema(description = "Version (the ETag).", example = "1", minimum = "0", maximum = "9223372036854775807") long version) {

    public static AssignmentResponse of(Assignment a, LocalDate today) {
        return new AssignmentResponse(a.id, a.requestId, a.request.reference, a.request.subject, a.agencyId, a.agencyName, a.agencyType,
                a.state, a.overdueOn(today), a.late, a.dueDate, a.revision, a.submittedAt, a.submittedBy, a.version);
    }
}
