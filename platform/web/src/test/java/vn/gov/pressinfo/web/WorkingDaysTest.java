package vn.gov.pressinfo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Working-day arithmetic over the 2025 and 2026 calendars shipped in the migration (Tết, swaps, compensatory days). */
class WorkingDaysTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private final WorkingDays calendar = new WorkingDays(
            Set.of(d("2025-01-01"), d("2025-01-27"), d("2025-01-28"), d("2025-01-29"), d("2025-01-30"), d("2025-01-31"),
                    d("2025-04-07"), d("2025-04-30"), d("2025-05-01"), d("2025-05-02"), d("2025-09-01"), d("2025-09-02"),
                    d("2026-02-16"), d("2026-02-17"), d("2026-02-18"), d("2026-02-19"), d("2026-02-20"), d("2026-04-27")),
            Set.of(d("2025-04-26")));

    @Test
    void tetAtYTyIsSkipped() {
        // Friday before Tết: the next working day is the Monday after the nine days off.
        assertThat(calendar.plusWorkingDays(d("2025-01-24"), 1)).isEqualTo(d("2025-02-03"));
        assertThat(calendar.plusWorkingDays(d("2025-01-23"), 3)).isEqualTo(d("2025-02-04"));
        assertThat(calendar.workingDaysBetween(d("2025-01-24"), d("2025-02-03"))).isEqualTo(1);
    }

    @Test
    void tetBinhNgoIsSkipped() {
        // Cut-off on Saturday 14 Feb 2026, three working days after it: 23, 24, 25 Feb.
        assertThat(calendar.plusWorkingDays(d("2026-02-14"), 3)).isEqualTo(d("2026-02-25"));
        assertThat(calendar.isWorkingDay(d("2026-02-20"))).isFalse();
        assertThat(calendar.minusWorkingDays(d("2026-02-23"), 1)).isEqualTo(d("2026-02-13"));
    }

    @Test
    void aWorkedSaturdayCountsAndTheSwappedFridayDoesNot() {
        assertThat(calendar.isWorkingDay(d("2025-04-26"))).isTrue();
        assertThat(calendar.plusWorkingDays(d("2025-04-25"), 1)).isEqualTo(d("2025-04-26"));
        assertThat(calendar.plusWorkingDays(d("2025-04-26"), 1)).isEqualTo(d("2025-04-28"));
        assertThat(calendar.plusWorkingDays(d("2025-04-29"), 1)).isEqualTo(d("2025-05-05"));
    }

    @Test
    void compensatoryDaysAndWeekends() {
        assertThat(calendar.isWorkingDay(d("2026-04-27"))).as("Hùng Kings' day on Sunday, compensated Monday").isFalse();
        assertThat(calendar.onOrNextWorkingDay(d("2025-08-30"))).isEqualTo(d("2025-09-03"));
        assertThat(calendar.onOrNextWorkingDay(d("2025-09-03"))).isEqualTo(d("2025-09-03"));
        assertThat(calendar.workingDaysBetween(d("2025-09-03"), d("2025-09-03"))).isZero();
    }
}
