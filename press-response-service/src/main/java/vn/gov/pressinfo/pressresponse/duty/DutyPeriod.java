package vn.gov.pressinfo.pressresponse.duty;

import java.time.Instant;
import java.time.LocalDate;

import vn.gov.pressinfo.web.BusinessTime;

/** One period of a duty: {@code start} to {@code end}, both inclusive, Vietnamese dates; labelled 2026-11 or 2026-Q3. */
public record DutyPeriod(String label, LocalDate start, LocalDate end) {

    /** The first instant of the period. */
    public Instant from() {
        return start.atStartOfDay(BusinessTime.ZONE).toInstant();
    }

    /** The first instant after the period. */
    public Instant to() {
        return end.plusDays(1).atStartOfDay(BusinessTime.ZONE).toInstant();
    }
}
