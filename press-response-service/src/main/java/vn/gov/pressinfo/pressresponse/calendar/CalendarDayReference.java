package vn.gov.pressinfo.pressresponse.calendar;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * This service's copy of one day of the working-day calendar (lịch ngày làm việc), as reporting-service, its owner,
 * published it on {@code reporting.calendar.v1}. Only {@link CalendarDays} writes it.
 */
@Entity
@Table(name = "calendar_day_reference")
public class CalendarDayReference {

    /** A weekday that is not worked. */
    public static final String DAY_OFF = "DAY_OFF";
    /** A Saturday or Sunday that is worked. */
    public static final String WORKING_DAY = "WORKING_DAY";
    /** No exception any more: the entry was removed at the owner. */
    public static final String ORDINARY = "ORDINARY";

    @Id
    public LocalDate day;
    public String kind;
    public String name;
    public String source;
    @Column(name = "changed_at")
    public Instant changedAt;
    @Column(name = "received_at")
    public Instant receivedAt;
}
