package vn.gov.pressinfo.reporting.regime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One indicator (chỉ tiêu) of a report template. */
@Schema(name = "IndicatorDefinition", description = "One indicator of a report template.")
public record IndicatorDefinition(
        @Schema(description = "Key used in submissions (camelCase).", example = "pressConferences", maxLength = 60)
        @NotBlank @Pattern(regexp = "[a-z][A-Za-z0-9]{0,59}", message = "must be camelCase letters and digits, at most 60")
        String key,
        @Schema(description = "Vietnamese label printed in reports.", example = "Số cuộc họp báo đã tổ chức", maxLength = 300)
        @NotBlank @Size(max = 300)
        String label,
        @Schema(description = "INTEGER (a count), PERCENTAGE (0–100), BOOLEAN, or MULTI_CHOICE (codes of the six forms of providing information).",
                example = "INTEGER")
        @NotNull
        IndicatorType type,
        @Schema(description = "A submission must give it.", example = "true")
        boolean required) {
}
