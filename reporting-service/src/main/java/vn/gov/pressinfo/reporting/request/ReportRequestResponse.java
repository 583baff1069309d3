package vn.gov.pressinfo.reporting.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.pressinfo.reporting.regime.IndicatorDefinition;

@Schema(name = "ReportRequest", description = "A report request and how many agencies it asked.")
public record ReportRequestResponse(
        UUID id,
        @Schema(example = "1005/STTTT-TTBCXB", maxLength = 100) String reference,
        @Schema(example = "2025-11-20") LocalDate issuedOn,
        @Schema(example = "Báo cáo công tác phát ngôn và cung cấp thông tin cho báo chí năm 2025", maxLength = 1000) String subject,
        @Schema(example = "PRESS_WORK_ANNUAL", maxLength = 60) String regimeCode,
        @Schema(example = "2025", maxLength = 20) String period,
        @Schema(example = "2024-12-15") LocalDate periodStart,
        @Schema(example = "2025-12-14") LocalDate periodEnd,
        @Schema(example = "2025-12-17") LocalDate dueDate,
        @Schema(maxItems = 100) List<IndicatorDefinition> indicators,
        @Schema(example = "39", minimum = "0", maximum = "2147483647") int assignmentCount,
        Instant createdAt,
        @Schema(maxLength = 255) String createdBy) {

    public static ReportRequestResponse of(ReportRequest r) {
        return new ReportRequestResponse(r.id, r.reference, r.issuedOn, r.subject, r.regimeCode, r.periodLabel, r.periodStart, r.periodEnd,
                r.dueDate, r.indicators, r.assignmentCount, r.createdAt, r.createdBy);
    }
}
