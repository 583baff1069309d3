package vn.gov.pressinfo.inbox;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import vn.gov.pressinfo.events.CloudEventHeaders;
import vn.gov.pressinfo.events.InvalidEventException;
import vn.gov.pressinfo.tracing.MessagingAttributes;
import vn.gov.pressinfo.tracing.Tracing;

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
 * <p>With tracing on, all attempts run inside one CONSUMER span named {@code <topic> process}, child of
 * the span the record's {@code ce_traceparent} (else {@code traceparent}) header names, so the handler's
 * own spans and the events it writes to its outbox carry the same trace on (docs/adr/0010-tracing.md).
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
    private static final AttributeKey<Long> ATTEMPT = AttributeKey.longKey("pressinfo.inbox.attempt");

    private final AgroalDataSource dataSource;
    private final Tracing tracing;
    private final int maxAttempts;
    private final Duration initialBackoff;

    public IdempotentConsumer(AgroalDataSource dataSource, Tracing tracing,
            @ConfigProperty(name = "pressinfo.inbox.max-attempts") int maxAttempts,
            @ConfigProperty(name = "pressinfo.inbox.initial-backoff") Duration initialBackoff) {
        this.dataSource = dataSource;
        this.tracing = tracing;
        this.maxAttempts = Math.max(1, maxAttempts);
        this.initialBackoff = initialBackoff;
    }

    /**
     * @return true when the handler ran, false when the event had been processed before
     * @throws InvalidEventException    when the message is not a valid event (not retried)
     * @throws EventProcessingException when the handler failed on every attempt
     */
    public boolean handle(String consumer, ConsumerRecord<String, String> record, EventHandler handler) {
        if (!tracing.enabled()) {
            return process(consumer, record, handler);
        }
        Span span = tracing.tracer().spanBuilder(record.topic() + " process")
                .setSpanKind(SpanKind.CONSUMER)
                .setParent(tracing.parent(traceparent(record)))
                .setAttribute(MessagingAttributes.SYSTEM, MessagingAttributes.KAFKA)
                .setAttribute(MessagingAttributes.DESTINATION, record.topic())
                .setAttribute(MessagingAttributes.PARTITION, String.valueOf(record.partition()))
                .setAttribute(MessagingAttributes.KAFKA_OFFSET, record.offset())
                .setAttribute(MessagingAttributes.OPERATION, "process")
                .setAttribute(MessagingAttributes.CONSUMER, consumer)
                .startSpan();
        String id = header(record, CloudEventHeaders.ID);
        String type = header(record, CloudEventHeaders.TYPE);
        if (id != null) {
            span.setAttribute(MessagingAttributes.MESSAGE_ID, id);
        }
        if (type != null) {
            span.setAttribute(MessagingAttributes.EVENT_TYPE, type);
        }
        try (Scope ignored = span.makeCurrent()) {
            boolean handled = process(consumer, record, handler);
            span.setAttribute(MessagingAttributes.DUPLICATE, !handled);
            return handled;
        } catch (RuntimeException e) {
            span.setStatus(StatusCode.ERROR, e.getMessage());
            throw e;
        } finally {
            span.end();
        }
    }

    private boolean process(String consumer, ConsumerRecord<String, String> record, EventHandler handler) {
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
                // The current span is the consumer span, or the invalid span when tracing is off.
                Span.current().recordException(e, Attributes.of(ATTEMPT, (long) attempt));
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

    /** The trace context the relay put on the record: the CloudEvents extension header first, then the W3C one. */
    private static String traceparent(ConsumerRecord<String, String> record) {
        String traceparent = header(record, Tracing.CE_TRACEPARENT);
        return traceparent != null ? traceparent : header(record, Tracing.TRACEPARENT);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
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
