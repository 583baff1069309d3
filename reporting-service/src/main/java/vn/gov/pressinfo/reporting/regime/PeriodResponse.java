package vn.gov.pressinfo.reporting.regime;

import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RegimePeriod", description = "A period of a regime with its cut-off and computed submission deadline.")
public record PeriodResponse(
        @Schema(example = "PRESS_WORK_ANNUAL", maxLength = 60) String regimeCode,
        ReportingPeriod period,
        @Schema(description = "Submission deadline computed with the working-day calendar.", example = "2025-12-17") LocalDate dueDate,
        @Schema(description = "Agency types the regime's scheduled request of this period asks: the dated target types in force on the "
                + "last day of the cut-off (e.g. DEPARTMENT and DISTRICT for 2024, DEPARTMENT and COMMUNE from 2025), else the schedule's "
                + "targetTypes; empty for a regime without either.", example = "[\"DEPARTMENT\", \"COMMUNE\"]", maxItems = 20) List<@Size(max = 40) String> targetTypes) {
}
