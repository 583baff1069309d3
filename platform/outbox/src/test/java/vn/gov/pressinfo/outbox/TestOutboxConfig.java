package vn.gov.pressinfo.outbox;

import java.time.Duration;

/** An {@link OutboxConfig} for the relays a test builds itself. */
record TestOutboxConfig(boolean relayEnabled, String source, Duration pollInterval, int batchSize, Duration initialBackoff,
        Duration maxBackoff, Duration sendTimeout, Duration retention, Duration pruneInterval) implements OutboxConfig {

    /** Quick to react, to give up on a send and to retry; sent rows are kept. */
    static TestOutboxConfig quick() {
        return new TestOutboxConfig(true, "/test", Duration.ofMillis(200), 500, Duration.ofMillis(200), Duration.ofSeconds(1),
                Duration.ofSeconds(3), Duration.ofDays(7), Duration.ofHours(1));
    }

    TestOutboxConfig withBatchSize(int size) {
        return new TestOutboxConfig(relayEnabled, source, pollInterval, size, initialBackoff, maxBackoff, sendTimeout, retention, pruneInterval);
    }

    TestOutboxConfig withRetention(Duration keep, Duration pruneEvery) {
        return new TestOutboxConfig(relayEnabled, source, pollInterval, batchSize, initialBackoff, maxBackoff, sendTimeout, keep, pruneEvery);
    }
}
