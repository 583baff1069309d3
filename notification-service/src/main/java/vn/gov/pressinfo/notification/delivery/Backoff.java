package vn.gov.pressinfo.notification.delivery;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with "equal jitter": the n-th retry waits between half and all of
 * {@code min(max, initial * 2^(n-1))}, so retries of many deliveries that failed together spread out.
 */
public record Backoff(Duration initial, Duration max) {

    public Duration delay(int attempt) {
        long base = initial.toMillis() << Math.min(Math.max(attempt - 1, 0), 30);
        long capped = Math.min(base <= 0 ? Long.MAX_VALUE : base, max.toMillis());
        long half = capped / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(half + 1));
    }
}
