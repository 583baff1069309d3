package vn.gov.pressinfo.pressresponse.deadline;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.gov.pressinfo.pressresponse.calendar.CalendarDayReference;
import vn.gov.pressinfo.pressresponse.calendar.CalendarDayReferenceRepository;
import vn.gov.pressinfo.web.WorkingDays;

/**
 * The working-day calendar (lịch ngày làm việc): Monday to Friday, except the days off, plus the worked weekend
 * days, of the suite's one calendar. reporting-service owns it; this service computes with the platform's
 * {@link WorkingDays} over its read model of it ({@code calendar_day_reference}, fed from
 * {@code reporting.calendar.v1}).
 *
 * <p>Every call reads the read model afresh (a few dozen rows a year): a day applied by the consumer counts for
 * the next deadline computed, on every replica, with no cache to invalidate.
 */
@ApplicationScoped
public class WorkingCalendar {

    private final CalendarDayReferenceRepository days;

    public WorkingCalendar(CalendarDayReferenceRepository days) {
        this.days = days;
    }

    /**
     * The day that is {@code workingDays} working days after {@code start} (the start day itself does not count):
     * registered on Friday with 1 working day → the next Monday. {@code start} itself when {@code workingDays} is 0.
     */
    @Transactional
    public LocalDate addWorkingDays(LocalDate start, int workingDays) {
        return workingDays <= 0 ? start : current().plusWorkingDays(start, workingDays);
    }

    @Transactional
    public boolean isWorkingDay(LocalDate day) {
        return current().isWorkingDay(day);
    }

    /**
     * Working days after {@code from} up to and including {@code to}; 0 when {@code to} is not after {@code from}.
     * See {@link WorkingDays#workingDaysBetween(LocalDate, LocalDate)}.
     */
    @Transactional
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return current().workingDaysBetween(from, to);
    }

    /** The calendar as the read model has it now. */
    @Transactional
    public WorkingDays current() {
        Set<LocalDate> off = new HashSet<>();
        Set<LocalDate> worked = new HashSet<>();
        for (CalendarDayReference d : days.exceptions()) {
            (CalendarDayReference.DAY_OFF.equals(d.kind) ? off : worked).add(d.day);
        }
        return new WorkingDays(off, worked);
    }
}
