package vn.gov.pressinfo.registry;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import vn.gov.pressinfo.web.BusinessTime;

/**
 * The clock of every test of this service: the system clock unless a test moves it. Tests that move it
 * must {@link #reset()} it afterwards, since the application (and so this bean) is shared by all tests.
 */
@Alternative
@Priority(1)
@Singleton
public class MutableClock extends Clock {

    private volatile Instant fixed;

    @Override
    public Instant instant() {
        Instant f = fixed;
        return f == null ? Instant.now() : f;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        MutableClock self = this;
        return new Clock() {
            @Override
            public Instant instant() {
                return self.instant();
            }

            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }
        };
    }

    /** Stops the clock at {@code instant}. */
    public void set(Instant instant) {
        fixed = instant;
    }

    /** Stops the clock at {@code time} on {@code day} in Asia/Ho_Chi_Minh. */
    public void set(LocalDate day, LocalTime time) {
        fixed = day.atTime(time).atZone(BusinessTime.ZONE).toInstant();
    }

    /** Back to the system clock. */
    public void reset() {
        fixed = null;
    }
}
