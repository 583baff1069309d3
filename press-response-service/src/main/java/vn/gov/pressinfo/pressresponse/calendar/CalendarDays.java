package vn.gov.pressinfo.pressresponse.calendar;

import java.time.Instant;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import vn.gov.pressinfo.events.InvalidEventException;
import vn.gov.pressinfo.events.reporting.CalendarDayChanged;

/**
 * Keeps the read model of the working-day calendar that reporting-service owns: the latest state of each day,
 * by the time reporting-service recorded it (an event older than the stored one for its day is ignored, so a
 * redelivery or a replay of the topic cannot bring back a removed day off).
 */
@ApplicationScoped
public class CalendarDays {

    private static final Logger LOG = Logger.getLogger(CalendarDays.class);
    private static final Set<String> KINDS = Set.of(CalendarDayReference.DAY_OFF, CalendarDayReference.WORKING_DAY,
            CalendarDayReference.ORDINARY);

    private final CalendarDayReferenceRepository days;

    public CalendarDays(CalendarDayReferenceRepository days) {
        this.days = days;
    }

    /**
     * Applies one published day, in the consumer's transaction.
     *
     * @return false when the stored state of the day is newer
     * @throws InvalidEventException when the event lacks its day, kind or time, or names an unknown kind
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(CalendarDayChanged change) {
        if (change.day() == null || change.changedAt() == null || change.kind() == null || !KINDS.contains(change.kind())) {
            throw new InvalidEventException("CalendarDayChanged needs a day, a changedAt and a kind among " + KINDS + ": " + change);
        }
        CalendarDayReference day = days.findById(change.day());
        if (day != null && day.changedAt.isAfter(change.changedAt())) {
            LOG.debugf("Calendar day %s of %s ignored: have the state of %s", change.day(), change.changedAt(), day.changedAt);
            return false;
        }
        boolean created = day == null;
        if (created) {
            day = new CalendarDayReference();
            day.day = change.day();
        }
        day.kind = change.kind();
        day.name = change.name();
        day.source = change.source();
        day.changedAt = change.changedAt();
        day.receivedAt = Instant.now();
        if (created) {
            days.persist(day);
        }
        return true;
    }
}
