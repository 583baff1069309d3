package vn.gov.pressinfo.reporting.calendar;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A day off or a worked weekend day, as press-admin records it. */
@Schema(name = "CalendarDayRequest", description = "An exception to the Monday–Friday working week.")
public record CalendarDayRequest(
        @Schema(description = "DAY_OFF: a weekday not worked (holiday, Tết, compensatory day); WORKING_DAY: a weekend day worked in exchange.",
                example = "DAY_OFF")
        @NotNull
        CalendarDayKind kind,
        @Schema(description = "What the day is.", example = "Tết Nguyên đán (mùng 1)", maxLength = 200)
        @NotBlank @Size(max = 200)
        String name,
        @Schema(description = "The announcement it comes from.", example = "Thông báo 6150/TB-LĐTBXH", maxLength = 300)
        @NotBlank @Size(max = 300)
        String source) {
}
