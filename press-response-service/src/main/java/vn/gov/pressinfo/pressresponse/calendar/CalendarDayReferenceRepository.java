package vn.gov.pressinfo.pressresponse.calendar;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CalendarDayReferenceRepository implements PanacheRepositoryBase<CalendarDayReference, LocalDate> {

    /** The days that are exceptions to the Monday–Friday week (DAY_OFF and WORKING_DAY), ORDINARY ones left out. */
    public List<CalendarDayReference> exceptions() {
        return list("kind in ?1", List.of(CalendarDayReference.DAY_OFF, CalendarDayReference.WORKING_DAY));
    }
}
