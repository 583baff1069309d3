package vn.gov.pressinfo.pressresponse.duty;

import java.time.LocalDate;

import vn.gov.pressinfo.pressresponse.document.Labelled;

/** How often a periodic duty must be met: in every calendar month or quarter (Asia/Ho_Chi_Minh). */
public enum DutyFrequency implements Labelled {
    /** Hằng tháng. */
    MONTHLY("Hằng tháng"),
    /** Hằng quý. */
    QUARTERLY("Hằng quý");

    private final String label;

    DutyFrequency(String label) {
        this.label = label;
    }

    /** The label in Vietnamese, as documents and exports show it. */
    @Override
    public String label() {
        return label;
    }

    /** The period that contains {@code day}. */
    public DutyPeriod periodOf(LocalDate day) {
        return switch (this) {
            case MONTHLY -> {
                LocalDate start = day.withDayOfMonth(1);
                yield new DutyPeriod(String.format("%d-%02d", start.getYear(), start.getMonthValue()), start, start.plusMonths(1).minusDays(1));
            }
            case QUARTERLY -> {
                int quarter = (day.getMonthValue() - 1) / 3;
                LocalDate start = LocalDate.of(day.getYear(), quarter * 3 + 1, 1);
                yield new DutyPeriod(day.getYear() + "-Q" + (quarter + 1), start, start.plusMonths(3).minusDays(1));
            }
        };
    }

    /** The period before {@code period}. */
    public DutyPeriod previous(DutyPeriod period) {
        return periodOf(period.start().minusDays(1));
    }

    /** How many closed periods the duty list shows: a year's worth. */
    int recentPeriods() {
        return this == MONTHLY ? 12 : 4;
    }
}
