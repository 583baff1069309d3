package vn.gov.pressinfo.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.quarkus.arc.DefaultBean;

/**
 * Business dates are Vietnamese dates: "today" is today in {@code Asia/Ho_Chi_Minh}, whatever the
 * server's zone. The {@link Clock} is a bean so tests can replace it.
 */
@ApplicationScoped
public class BusinessTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Clock clock;

    public BusinessTime(Clock clock) {
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    public java.time.Instant now() {
        return clock.instant();
    }

    /** The system clock, unless a test or service declares another {@link Clock} bean. */
    public static class ClockProducer {
        @Produces
        @DefaultBean
        @ApplicationScoped
        Clock clock() {
            return Clock.systemUTC();
        }
    }
}
