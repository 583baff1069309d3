package vn.gov.pressinfo.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock for tests: the system clock unless a test stops it at an instant or moves it by an offset, so that
 * date-driven rules (deadlines, expiry, "current", valid cards) are tested without sleeping. Each service's
 * tests make it their application's {@link Clock} bean with a subclass annotated {@code @Alternative
 * @Priority(1) @Singleton}. Tests that change it must {@link #reset()} it afterwards, since the application
 * (and so this bean) is shared by all tests.
 */
public class SettableClock extends Clock {

    /** The zone of the suite's business dates (as {@code BusinessTime.ZONE}). */
    private static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private volatile Instant fixed;
    private volatile Duration offset = Duration.ZERO;

    @Override
    public Instant instant() {
        Instant f = fixed;
        return f == null ? Instant.now().plus(offset) : f;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        SettableClock self = this;
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
        fixed = day.atTime(time).atZone(BUSINESS_ZONE).toInstant();
    }

    /**
     * Starts the clock at {@code time} on {@code day} in Asia/Ho_Chi_Minh and lets it run. For a test that waits for
     * work scheduled after that time, such as a delivery's retry: a stopped clock would never reach it.
     */
    public void runFrom(LocalDate day, LocalTime time) {
        Instant start = day.atTime(time).atZone(BUSINESS_ZONE).toInstant();
        offset = Duration.between(Instant.now(), start);
        fixed = null;
    }

    /** Moves the clock forward (or back, with a negative duration), stopped or running. */
    public void advance(Duration by) {
        Instant f = fixed;
        if (f != null) {
            fixed = f.plus(by);
        } else {
            offset = offset.plus(by);
        }
    }

    /** Back to the system clock. */
    public void reset() {
        fixed = null;
        offset = Duration.ZERO;
    }
}
