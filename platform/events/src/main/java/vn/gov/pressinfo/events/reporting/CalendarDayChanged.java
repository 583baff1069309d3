package vn.gov.pressinfo.events.reporting;

import java.time.Instant;
import java.time.LocalDate;

import vn.gov.pressinfo.events.EventPayload;

/**
 * One day of the working-day calendar (lịch ngày làm việc) as it now stands: a weekday off, a worked weekend
 * day, or ORDINARY when its entry was removed (Monday–Friday worked, weekend off).
 *
 * @param day The business day (Asia/Ho_Chi_Minh)
 * @param kind DAY_OFF, WORKING_DAY, or ORDINARY (no exception any more)
 * @param name What the day is; null for ORDINARY
 * @param source The announcement it comes from; null for ORDINARY
 * @param changedBy Who recorded the change
 * @param changedAt When (UTC)
 */
public record CalendarDayChanged(
        LocalDate day,
        String kind,
        String name,
        String source,
        String changedBy,
        Instant changedAt) implements EventPayload {

    @Override
    public String aggregateId() {
        return day.toString();
    }
}
