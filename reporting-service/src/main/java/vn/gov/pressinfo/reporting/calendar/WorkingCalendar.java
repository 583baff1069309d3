package vn.gov.pressinfo.reporting.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.gov.pressinfo.events.Events;
import vn.gov.pressinfo.events.reporting.CalendarDayChanged;
import vn.gov.pressinfo.outbox.Outbox;
import vn.gov.pressinfo.web.ProblemException;
import vn.gov.pressinfo.web.TextSearch;
import vn.gov.pressinfo.web.WorkingDays;

/**
 * The working-day calendar kept as data (press-admin maintains it as the Government announces days off), and
 * {@link WorkingDays} arithmetic over it. This service owns the calendar: every change is published as
 * {@link CalendarDayChanged} on {@code reporting.calendar.v1} (through the outbox, in the same transaction) so that
 * the other services' read models follow it.
 */
@ApplicationScoped
public class WorkingCalendar {

    /** The kind an event gives a day whose entry was removed. */
    static final String ORDINARY = "ORDINARY";

    private final CalendarDayRepository days;
    private final Outbox outbox;

    public WorkingCalendar(CalendarDayRepository days, Outbox outbox) {
        this.days = days;
        this.outbox = outbox;
    }

    /** The calendar as it is now: every stored exception. The table holds a few dozen rows per year. */
    @Transactional
    public WorkingDays current() {
        Set<LocalDate> off = new HashSet<>();
        Set<LocalDate> worked = new HashSet<>();
        for (CalendarDay d : days.listAll()) {
            (d.kind == CalendarDayKind.DAY_OFF ? off : worked).add(d.day);
        }
        return new WorkingDays(off, worked);
    }

    public List<CalendarDay> ofYear(int year) {
        return days.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /**
     * Records (or replaces) the entry of one day.
     *
     * @throws ProblemException 422 when a day off is a weekend day or a worked day is a weekday
     */
    @Transactional
    public CalendarDay put(LocalDate day, CalendarDayRequest request, String actor, Instant now) {
        boolean weekend = day.getDayOfWeek().getValue() >= 6;
        if (request.kind() == CalendarDayKind.WORKING_DAY && !weekend) {
            throw ProblemException.unprocessable("kind", "a WORKING_DAY must be a Saturday or Sunday; " + day + " is a "
                    + day.getDayOfWeek());
        }
        if (request.kind() == CalendarDayKind.DAY_OFF && weekend) {
            throw ProblemException.unprocessable("kind", day + " is a " + day.getDayOfWeek()
                    + ", already a day off; record the compensatory weekday instead");
        }
        CalendarDay entry = days.findById(day);
        boolean created = entry == null;
        if (created) {
            entry = new CalendarDay();
            entry.day = day;
        }
        entry.kind = request.kind();
        entry.name = TextSearch.clean(request.name());
        entry.source = TextSearch.clean(request.source());
        entry.updatedAt = now;
        entry.updatedBy = actor;
        if (created) {
            days.persist(entry);
        }
        outbox.publish(Events.CALENDAR_DAY_CHANGED, new CalendarDayChanged(day, entry.kind.name(), entry.name, entry.source, actor, now), now);
        return entry;
    }

    /** Removes the entry of one day; the day is then an ordinary weekday or weekend day. */
    @Transactional
    public CalendarDay remove(LocalDate day, String actor, Instant now) {
        CalendarDay entry = days.findByIdOptional(day)
                .orElseThrow(() -> ProblemException.notFound("The calendar has no entry for " + day + "."));
        days.delete(entry);
        outbox.publish(Events.CALENDAR_DAY_CHANGED, new CalendarDayChanged(day, ORDINARY, null, null, actor, now), now);
        return entry;
    }
}
