package vn.gov.pressinfo.reporting.calendar;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CalendarDay", description = "An exception to the Monday–Friday working week.")
public record CalendarDayResponse(
        @Schema(example = "2025-01-29") LocalDate day,
        @Schema(example = "DAY_OFF") CalendarDayKind kind,
        @Schema(example = "Tết Nguyên đán Ất Tỵ (mùng 1)", maxLength = 300) String name,
        @Schema(example = "Thông báo 6150/TB-LĐTBXH", maxLength = 300) String source,
        Instant updatedAt,
        @Schema(example = "migration", maxLength = 255) String updatedBy) {

    static CalendarDayResponse of(CalendarDay d) {
        return new CalendarDayResponse(d.day, d.kind, d.name, d.source, d.updatedAt, d.updatedBy);
    }
}
