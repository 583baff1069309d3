package vn.gov.pressinfo.reporting.regime;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RegimePeriod", description = "A period of a regime with its cut-off and computed submission deadline.")
public record PeriodResponse(
        @Schema(example = "PRESS_WORK_ANNUAL") String regimeCode,
        ReportingPeriod period,
        @Schema(description = "Submission deadline computed with the working-day calendar.", example = "2025-12-17") LocalDate dueDate) {
}
