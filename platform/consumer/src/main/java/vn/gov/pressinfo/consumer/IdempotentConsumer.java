package vn.gov.pressinfo.consumer;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

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
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
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
 * <p>Usage in a service, with the consumer's handler table ({@link EventHandlers}) built once in its constructor:
 * <pre>{@code
 * handlers = EventHandlers.create().on(Events.AGENCY_CHANGED, directory::apply);
 * ...
 * @Incoming("registry-agencies") @Blocking
 * void consume(ConsumerRecord<String, String> record) {
 *     consumer.handle("reporting.agency-directory", record, handlers);
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
        return handleAlone(consumer, record, handler, null);
    }

    /**
     * Handles the records of one poll of a channel with {@code batch=true}: as many as possible in one
     * transaction, which saves a commit and a hand-off to a worker thread per event where events arrive in bulk.
     * When a record fails, the transaction is rolled back, the records before it are committed together without
     * it, and it is handled alone as {@link #handle(String, ConsumerRecord, EventHandler)} does (the failed batch
     * attempt counting as its first attempt): retried, and on its last failure nacked alone, so the channel's
     * dead-letter strategy sends just that record to {@code <topic>.dlq}. Then the rest of the batch goes on the
     * same way, in partition order. Each record is acknowledged once its effect is committed.
     *
     * @return completes when every record is acknowledged or dead-lettered, with the number of events whose
     *         handler took effect (duplicates excluded)
     */
    public CompletionStage<Integer> handleBatch(String consumer, KafkaRecordBatch<String, String> batch, EventHandler handler) {
        List<KafkaRecord<String, String>> records = batch.getRecords();
        List<CompletableFuture<Void>> settled = new ArrayList<>(records.size());
        // failures[i]: how record i failed in a batch attempt, which counts as its first attempt.
        RuntimeException[] failures = new RuntimeException[records.size()];
        int handled = 0;
        int from = 0;
        while (from < records.size()) {
            if (failures[from] != null) {
                KafkaRecord<String, String> record = records.get(from);
                try {
                    handled += handleAlone(consumer, consumerRecord(record), handler, failures[from]) ? 1 : 0;
                    settled.add(record.ack().toCompletableFuture());
                } catch (InvalidEventException | EventProcessingException failure) {
                    settled.add(record.nack(failure).toCompletableFuture());
                }
                from++;
                continue;
            }
            int to = from + 1;
            while (to < records.size() && failures[to] == null) {
                to++;
            }
            List<KafkaRecord<String, String>> segment = records.subList(from, to);
            int[] failedAt = {-1};
            try {
                handled += QuarkusTransaction.requiringNew()
                        .call(() -> processAll(consumer, segment.stream().map(IdempotentConsumer::consumerRecord).toList(), handler, failedAt));
                segment.forEach(record -> settled.add(record.ack().toCompletableFuture()));
                from = to;
            } catch (RuntimeException e) {
                // Rolled back. The records before the failing one (the first one if the commit failed) go again
                // together without it; the failing one goes on alone.
                failures[failedAt[0] < 0 ? from : from + failedAt[0]] = e;
            }
        }
        int result = handled;
        return CompletableFuture.allOf(settled.toArray(CompletableFuture[]::new)).thenApply(ignored -> result);
    }

    /**
     * Claims and handles every record in the caller's transaction, each in its own consumer span.
     *
     * @param failedAt set to the index of the record that failed, if one did
     */
    private int processAll(String consumer, List<ConsumerRecord<String, String>> records, EventHandler handler, int[] failedAt)
            throws SQLException {
        int handled = 0;
        for (int i = 0; i < records.size(); i++) {
            ConsumerRecord<String, String> record = records.get(i);
            Span span = tracing.enabled() ? startSpan(consumer, record) : Span.getInvalid();
            try (Scope ignored = span.makeCurrent()) {
                boolean claimed = claimAndHandle(consumer, IncomingEvent.from(record), handler);
                handled += claimed ? 1 : 0;
                span.setAttribute(MessagingAttributes.DUPLICATE, !claimed);
            } catch (RuntimeException | SQLException e) {
                failedAt[0] = i;
                span.recordException(e, Attributes.of(ATTEMPT, 1L));
                span.setStatus(StatusCode.ERROR, e.getMessage());
                throw e;
            } finally {
                span.end();
            }
        }
        return handled;
    }

    /** {@link #process} in a consumer span when tracing is on. */
    private boolean handleAlone(String consumer, ConsumerRecord<String, String> record, EventHandler handler, RuntimeException firstFailure) {
        if (!tracing.enabled()) {
            return process(consumer, record, handler, firstFailure);
        }
        Span span = startSpan(consumer, record);
        try (Scope ignored = span.makeCurrent()) {
            boolean handled = process(consumer, record, handler, firstFailure);
            span.setAttribute(MessagingAttributes.DUPLICATE, !handled);
            return handled;
        } catch (RuntimeException e) {
            span.setStatus(StatusCode.ERROR, e.getMessage());
            throw e;
        } finally {
            span.end();
        }
    }

    /** The CONSUMER span of one record, child of the span its trace context header names. */
    private Span startSpan(String consumer, ConsumerRecord<String, String> record) {
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
        return span;
    }

    @SuppressWarnings("unchecked")
    private static ConsumerRecord<String, String> consumerRecord(KafkaRecord<String, String> record) {
        return record.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(metadata -> (ConsumerRecord<String, String>) metadata.getRecord())
                .orElseThrow(() -> new IllegalArgumentException("not an incoming Kafka record: " + record));
    }

    /**
     * Attempts the event in a new transaction each time until it takes effect, is found to be a duplicate,
     * is found invalid, or has failed {@code max-attempts} times.
     *
     * @param firstFailure how its first attempt failed when that attempt was made already (in a batch); else null
     */
    private boolean process(String consumer, ConsumerRecord<String, String> record, EventHandler handler, RuntimeException firstFailure) {
        IncomingEvent event;
        try {
            event = IncomingEvent.from(record);
        } catch (InvalidEventException e) {
            LOG.warnf("Invalid event at %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), e.getMessage());
            throw e;
        }
        Duration backoff = initialBackoff;
        RuntimeException failure = firstFailure;
        for (int attempt = 1;; attempt++) {
            if (failure == null) {
                try {
                    return QuarkusTransaction.requiringNew().call(() -> claimAndHandle(consumer, event, handler));
                } catch (RuntimeException e) {
                    failure = e;
                }
            }
            InvalidEventException invalid = invalidCause(failure);
            // The current span is the consumer span, or the invalid span when tracing is off.
            Span.current().recordException(failure, Attributes.of(ATTEMPT, (long) attempt));
            if (invalid != null) {
                LOG.warnf("Invalid event %s for %s: %s", event.id(), consumer, invalid.getMessage());
                throw invalid;
            }
            if (attempt >= maxAttempts) {
                throw new EventProcessingException("event " + event.id() + " (" + event.envelope().type() + ") failed "
                        + attempt + " times in " + consumer + ": " + rootMessage(failure), failure);
            }
            LOG.warnf("Event %s failed in %s (attempt %d of %d): %s; retrying in %d ms", event.id(), consumer, attempt,
                    maxAttempts, rootMessage(failure), backoff.toMillis());
            sleep(backoff);
            backoff = backoff.multipliedBy(2);
            failure = null;
        }
    }

    /** Records the event as processed and runs the handler, in the caller's transaction; false for a duplicate. */
    private boolean claimAndHandle(String consumer, IncomingEvent event, EventHandler handler) throws SQLException {
        if (!claim(consumer, event)) {
            LOG.debugf("%s already processed event %s; skipped", consumer, event.id());
            return false;
        }
        handler.handle(event);
        return true;
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
