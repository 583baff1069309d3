package vn.gov.pressinfo.reporting.request;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.pressinfo.reporting.regime.IndicatorDefinition;

/** A report request as the department issues it. */
@Schema(name = "CreateReportRequest", description = "A report request (công văn yêu cầu báo cáo).")
public record CreateReportRequest(
        @Schema(description = "Official reference of the request document.", example = "1005/STTTT-TTBCXB", maxLength = 100)
        @NotBlank @Size(max = 100) String reference,
        @Schema(description = "Date of the request document.", example = "2025-11-20")
        @NotNull LocalDate issuedOn,
        @Schema(description = "Subject.", example = "Báo cáo công tác phát ngôn và cung cấp thông tin cho báo chí năm 2025", maxLength = 1000)
        @NotBlank @Size(max = 1000) String subject,
        @Schema(description = "Code of the regime; omit for an ad hoc request.", example = "PRESS_WORK_ANNUAL", maxLength = 60)
        @Size(max = 60) String regimeCode,
        @Schema(description = "Period of a periodic regime: 2025, 2025-H1, 2025-Q3 or 2025-07.", example = "2025", maxLength = 20)
        @Size(max = 20) String period,
        @Schema(description = "Submission deadline; computed from the regime when omitted, required for an ad hoc request.", example = "2025-12-17")
        LocalDate dueDate,
        @Schema(description = "Indicators of an ad hoc request (a regime's request uses the regime's template).")
        @Size(max = 100) List<@Valid @NotNull IndicatorDefinition> indicators,
        @Valid @NotNull TargetAgencies targets) {
}
