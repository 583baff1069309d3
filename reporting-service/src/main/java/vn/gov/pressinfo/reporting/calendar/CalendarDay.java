package vn.gov.pressinfo.reporting.calendar;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One exception to the Monday–Friday week in the working-day calendar (lịch nghỉ lễ, Tết, làm bù). */
@Entity
@Table(name = "calendar_day")
public class CalendarDay {

    @Id
    public LocalDate day;
    @Enumerated(EnumType.STRING)
    public CalendarDayKind kind;
    public String name;
    public String source;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;
}
