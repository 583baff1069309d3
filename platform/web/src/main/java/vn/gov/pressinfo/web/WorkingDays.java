package vn.gov.pressinfo.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Working-day arithmetic (ngày làm việc) over a calendar of exceptions: Monday to Friday are working days
 * unless listed as days off (public holidays, Tết, compensatory days), and a Saturday or Sunday listed as a
 * worked day (làm bù) is one. Dates are business dates in Asia/Ho_Chi_Minh.
 *
 * <p>Pure arithmetic, the same in every service: which days are off is data each service holds (reporting-service
 * owns the calendar and publishes it on {@code reporting.calendar.v1}; consumers keep a read model of it).
 */
public final class WorkingDays {

    /** Deadlines further away than this many calendar days are refused as a calendar error, not looped over. */
    private static final int MAX_SPAN_DAYS = 3660;

    private final Set<LocalDate> daysOff;
    private final Set<LocalDate> workedWeekendDays;

    /**
     * @param daysOff           weekdays that are not worked
     * @param workedWeekendDays Saturdays and Sundays that are worked
     */
    public WorkingDays(Set<LocalDate> daysOff, Set<LocalDate> workedWeekendDays) {
        this.daysOff = Set.copyOf(daysOff);
        this.workedWeekendDays = Set.copyOf(workedWeekendDays);
    }

    /** Whether {@code day} is worked: a listed worked weekend day, or a weekday not listed as a day off. */
    public boolean isWorkingDay(LocalDate day) {
        if (workedWeekendDays.contains(day)) {
            return true;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !daysOff.contains(day);
    }

    /** The {@code n}-th working day after {@code from} (n ≥ 1); {@code from} itself never counts. */
    public LocalDate plusWorkingDays(LocalDate from, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1: " + n);
        }
        LocalDate day = from;
        int counted = 0;
        for (int i = 0; i < MAX_SPAN_DAYS; i++) {
            day = day.plusDays(1);
            if (isWorkingDay(day) && ++counted == n) {
                return day;
            }
        }
        throw new IllegalStateException("no " + n + " working days within " + MAX_SPAN_DAYS + " days after " + from);
    }

    /** {@code day} when it is a working day, else the next working day. */
    public LocalDate onOrNextWorkingDay(LocalDate day) {
        return isWorkingDay(day) ? day : plusWorkingDays(day, 1);
    }

    /**
     * Working days after {@code from} up to and including {@code to}: 0 when {@code to} is not after {@code from}.
     * "Due in 3 working days" means {@code workingDaysBetween(today, dueDate) == 3}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        LocalDate day = from;
        for (int i = 0; i < MAX_SPAN_DAYS && day.isBefore(to); i++) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** The last working day strictly before {@code day} minus {@code n - 1} working days (n ≥ 1). */
    public LocalDate minusWorkingDays(LocalDate day, int n) {
        LocalDate d = day;
        int counted = 0;
        for (int i = 0; i < MAX_SPAN_DAYS; i++) {
            d = d.minusDays(1);
            if (isWorkingDay(d) && ++counted == n) {
                return d;
            }
        }
        throw new IllegalStateException("no " + n + " working days within " + MAX_SPAN_DAYS + " days before " + day);
    }
}
