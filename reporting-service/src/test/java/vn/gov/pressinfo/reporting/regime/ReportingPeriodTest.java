package vn.gov.pressinfo.reporting.regime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Cut-off periods of Decree 09/2019 Art. 12: from the 15th of the month before the period to the 14th of its last month. */
class ReportingPeriodTest {

    @Test
    void annualRunsFromFifteenDecemberToFourteenDecember() {
        ReportingPeriod p = ReportingPeriod.of(Frequency.ANNUAL, "2025", 15, 14);
        assertThat(p.start()).isEqualTo(LocalDate.of(2024, 12, 15));
        assertThat(p.end()).isEqualTo(LocalDate.of(2025, 12, 14));
    }

    @Test
    void sixMonthlyQuarterlyAndMonthly() {
        assertThat(ReportingPeriod.of(Frequency.SIX_MONTHLY, "2025-H1", 15, 14))
                .isEqualTo(new ReportingPeriod("2025-H1", LocalDate.of(2024, 12, 15), LocalDate.of(2025, 6, 14)));
        assertThat(ReportingPeriod.of(Frequency.SIX_MONTHLY, "2025-H2", 15, 14))
                .isEqualTo(new ReportingPeriod("2025-H2", LocalDate.of(2025, 6, 15), LocalDate.of(2025, 12, 14)));
        assertThat(ReportingPeriod.of(Frequency.QUARTERLY, "2025-Q1", 15, 14))
                .isEqualTo(new ReportingPeriod("2025-Q1", LocalDate.of(2024, 12, 15), LocalDate.of(2025, 3, 14)));
        assertThat(ReportingPeriod.of(Frequency.MONTHLY, "2025-03", 15, 14))
                .isEqualTo(new ReportingPeriod("2025-03", LocalDate.of(2025, 2, 15), LocalDate.of(2025, 3, 14)));
    }

    @Test
    void labelMustFitTheFrequency() {
        assertThatThrownBy(() -> ReportingPeriod.of(Frequency.QUARTERLY, "2025", 15, 14)).hasMessageContaining("2025-Q3");
        assertThatThrownBy(() -> ReportingPeriod.of(Frequency.MONTHLY, "2025-13", 15, 14)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReportingPeriod.of(Frequency.AD_HOC, "2025", 15, 14)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parseTellsTheFrequencyFromTheLabelAndUsesTheDecreeCutOff() {
        assertThat(ReportingPeriod.parse("2025")).isEqualTo(new ReportingPeriod("2025", LocalDate.of(2024, 12, 15), LocalDate.of(2025, 12, 14)));
        assertThat(ReportingPeriod.parse(" 2025-H2 "))
                .isEqualTo(new ReportingPeriod("2025-H2", LocalDate.of(2025, 6, 15), LocalDate.of(2025, 12, 14)));
        assertThat(ReportingPeriod.parse("2025-Q3")).isEqualTo(new ReportingPeriod("2025-Q3", LocalDate.of(2025, 6, 15), LocalDate.of(2025, 9, 14)));
        assertThat(ReportingPeriod.parse("2025-07")).isEqualTo(new ReportingPeriod("2025-07", LocalDate.of(2025, 6, 15), LocalDate.of(2025, 7, 14)));
        assertThatThrownBy(() -> ReportingPeriod.parse("2025-Q5")).hasMessageContaining("quarter (2025-Q3)");
        assertThatThrownBy(() -> ReportingPeriod.parse(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReportingPeriod.parse("1999")).hasMessageContaining("out of range");
    }

    @Test
    void theDayAfterTheCutOffBelongsToTheNextPeriod() {
        assertThat(ReportingPeriod.labelContaining(Frequency.ANNUAL, LocalDate.of(2025, 12, 14), 15)).isEqualTo("2025");
        assertThat(ReportingPeriod.labelContaining(Frequency.ANNUAL, LocalDate.of(2025, 12, 15), 15)).isEqualTo("2026");
        assertThat(ReportingPeriod.labelContaining(Frequency.QUARTERLY, LocalDate.of(2025, 3, 15), 15)).isEqualTo("2025-Q2");
        assertThat(ReportingPeriod.labelContaining(Frequency.MONTHLY, LocalDate.of(2025, 1, 20), 15)).isEqualTo("2025-02");
    }
}
