package vn.gov.pressinfo.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code pressinfo.outbox.*}: how the relay behaves. */
@ConfigMapping(prefix = "pressinfo.outbox")
public interface OutboxConfig {

    /** Start the relay with the application (tests of the outbox table alone may switch it off). */
    @WithDefault("true")
    boolean relayEnabled();

    /** The CloudEvents {@code source} of the events this service publishes, e.g. {@code /pressinfo/registry-service}. */
    String source();

    /** Fallback polling interval, in case a notification is missed. */
    @WithDefault("PT2S")
    Duration pollInterval();

    /** Rows read and published per round. */
    @WithDefault("500")
    int batchSize();

    /** First wait after Kafka or the database failed; doubles up to {@link #maxBackoff()}. */
    @WithDefault("PT0.5S")
    Duration initialBackoff();

    @WithDefault("PT15S")
    Duration maxBackoff();

    /**
     * How long the producer may take to get one batch acknowledged (Kafka's delivery.timeout.ms): a
     * send still unacknowledged then counts as failed, and the relay backs off and retries.
     */
    @WithDefault("PT10S")
    Duration sendTimeout();

    /** Sent rows are deleted after this long. */
    @WithDefault("P7D")
    Duration retention();

    /** How often the leader deletes sent rows past retention. */
    @WithDefault("PT1H")
    Duration pruneInterval();
}
