package vn.gov.pressinfo.inbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import vn.gov.pressinfo.events.InvalidEventException;

/**
 * Runs an event handler at most once per (consumer, event id).
 *
 * <p>Each attempt is one new transaction that first records the event in {@code inbox_message} and
 * then runs the handler; a duplicate finds the row and is skipped (and acknowledged). A failing
 * handler is retried a bounded number of times with exponential backoff; then
 * {@link EventProcessingException} is thrown, which the channel's {@code dead-letter-queue} failure
 * strategy turns into a message on {@code <topic>.dlq} (reason in the {@code dead-letter-reason}
 * header) before it moves on. A message that is not a valid CloudEvent is not retried.
 *
 * <p>Usage in a service:
 * <pre>{@code
 * @Incoming("registry-agencies") @Blocking
 * void consume(ConsumerRecord<String, String> record) {
 *     consumer.handle("reporting.agency-directory", record, event -> directory.apply(event.data(AgencySnapshot.class)));
 * }
 * }</pre>
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);

    private final AgroalDataSource dataSource;
    private final int maxAttempts;
    private final Duration initialBackoff;

    public IdempotentConsumer(AgroalDataSource dataSource,
            @ConfigProperty(name = "pressinfo.inbox.max-attempts") int maxAttempts,
            @ConfigProperty(name = "pressinfo.inbox.initial-backoff") Duration initialBackoff) {
        this.dataSource = dataSource;
        this.maxAttempts = Math.max(1, maxAttempts);
        this.initialBackoff = initialBackoff;
    }

    /**
     * @return true when the handler ran, false when the event had been processed before
     * @throws InvalidEventException    when the message is not a valid event (not retried)
     * @throws EventProcessingException when the handler failed on every attempt
     */
    public boolean handle(String consumer, ConsumerRecord<String, String> record, EventHandler handler) {
        IncomingEvent event;
        try {
            event = IncomingEvent.from(record);
        } catch (InvalidEventException e) {
            LOG.warnf("Invalid event at %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), e.getMessage());
            throw e;
        }
        Duration backoff = initialBackoff;
        for (int attempt = 1;; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> {
                    if (!claim(consumer, event)) {
                        LOG.debugf("%s already processed event %s; skipped", consumer, event.id());
                        return false;
                    }
                    handler.handle(event);
                    return true;
                });
            } catch (RuntimeException e) {
                InvalidEventException invalid = invalidCause(e);
                if (invalid != null) {
                    LOG.warnf("Invalid event %s for %s: %s", event.id(), consumer, invalid.getMessage());
                    throw invalid;
                }
                if (attempt >= maxAttempts) {
                    throw new EventProcessingException("event " + event.id() + " (" + event.envelope().type() + ") failed "
                            + attempt + " times in " + consumer + ": " + rootMessage(e), e);
                }
                LOG.warnf("Event %s failed in %s (attempt %d of %d): %s; retrying in %d ms", event.id(), consumer, attempt,
                        maxAttempts, rootMessage(e), backoff.toMillis());
                sleep(backoff);
                backoff = backoff.multipliedBy(2);
            }
        }
    }

    private boolean claim(String consumer, IncomingEvent event) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO inbox_message (consumer, event_id, event_type, topic, kafka_partition, kafka_offset) "
                        + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            ps.setString(1, consumer);
            ps.setString(2, event.id());
            ps.setString(3, event.envelope().type());
            ps.setString(4, event.topic());
            ps.setInt(5, event.partition());
            ps.setLong(6, event.offset());
            return ps.executeUpdate() == 1;
        }
    }

    private static InvalidEventException invalidCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InvalidEventException invalid) {
                return invalid;
            }
        }
        return null;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying an event", e);
        }
    }
}
