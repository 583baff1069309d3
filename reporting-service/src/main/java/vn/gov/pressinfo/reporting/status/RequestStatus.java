package vn.gov.pressinfo.reporting.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who submitted and who did not, grouped as in the appendix of the department's report. */
@Schema(name = "RequestStatus", description = "Submitted / not submitted per agency, on time or late, grouped departments first.")
public record RequestStatus(
        UUID requestId,
        @Schema(example = "1005/STTTT-TTBCXB", maxLength = 100) String reference,
        @Schema(example = "Báo cáo công tác phát ngôn năm 2025", maxLength = 1000) String subject,
        @Schema(example = "2025-12-17") LocalDate dueDate,
        @Schema(description = "Business date the status was computed for (overdue depends on it).", example = "2025-12-20") LocalDate asOf,
        StatusCounts counts,
        @Schema(maxItems = 10) List<Group> groups) {

    /** One group of the appendix. */
    @Schema(name = "StatusGroup", description = "One group of agencies.")
    public record Group(AgencyGroup group, @Schema(example = "Các sở, ban, ngành", maxLength = 300) String label, StatusCounts counts, @Schema(maxItems = 20000) List<AgencyStatus> agencies) {
    }
}
