package vn.gov.pressinfo.reporting.calendar;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class CalendarDayRepository implements PanacheRepositoryBase<CalendarDay, LocalDate> {

    public List<CalendarDay> between(LocalDate from, LocalDate toInclusive) {
        return list("day >= ?1 and day <= ?2", Sort.by("day"), from, toInclusive);
    }
}
