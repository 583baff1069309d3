package vn.gov.pressinfo.reporting.regime;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reporting regime as press-admin defines or revises it. */
@Schema(name = "RegimeRequest", description = "A reporting regime (chế độ báo cáo).")
public record RegimeRequest(
        @Schema(description = "Stable code.", example = "PRESS_WORK_QUARTERLY", maxLength = 60)
        @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,59}", message = "must be upper-case letters, digits and _")
        String code,
        @Schema(description = "Name (Vietnamese).", example = "Báo cáo quý về công tác phát ngôn", maxLength = 300)
        @NotBlank @Size(max = 300)
        String name,
        @Schema(description = "Legal basis.", example = "Nghị định 09/2019/NĐ-CP Điều 12", maxLength = 500)
        @NotBlank @Size(max = 500)
        String legalBasis,
        @Schema(description = "How often.", example = "QUARTERLY")
        @NotNull
        Frequency frequency,
        @Schema(description = "Cut-off starts on this day of the month before the period (default 15).", example = "15")
        @Min(1) @Max(28)
        Integer cutoffStartDay,
        @Schema(description = "Cut-off ends on this day of the period's last month (default 14).", example = "14")
        @Min(1) @Max(28)
        Integer cutoffEndDay,
        @Schema(description = "How the deadline follows from the cut-off.", example = "WORKING_DAYS_AFTER_CUTOFF")
        @NotNull
        DueDateRule deadlineKind,
        @Schema(description = "For WORKING_DAYS_AFTER_CUTOFF: working days after the cut-off (at least 1).", example = "3")
        @Min(1) @Max(60)
        Integer deadlineWorkingDays,
        @Schema(description = "For FIXED_DAY: day of the month.", example = "20")
        @Min(1) @Max(28)
        Integer deadlineFixedDay,
        @Schema(description = "The template: indicators asked for.")
        @NotEmpty @Size(max = 100)
        List<@Valid @NotNull IndicatorDefinition> indicators,
        @Schema(description = "Who receives the consolidated report.", example = "[\"Ủy ban nhân dân tỉnh\"]")
        @NotNull @Size(max = 20)
        List<@NotBlank @Size(max = 300) String> recipients,
        @Schema(description = "Whether requests may use it (default true).", example = "true")
        Boolean active,
        @Schema(description = "Automatic requests each period; omit to create requests by hand only. Not allowed for AD_HOC.")
        @Valid RequestSchedule schedule) {
}
