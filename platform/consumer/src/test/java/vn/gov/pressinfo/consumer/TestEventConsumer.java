package vn.gov.pressinfo.consumer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.agroal.api.AgroalDataSource;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import vn.gov.pressinfo.outbox.Outbox;

/**
 * A consumer as a service writes one: an {@code @Incoming @Blocking} method handing each record to
 * {@link IdempotentConsumer}, and the same on a batched channel. Its effect is a row in {@code test_effect}, written before the handler
 * fails when the {@link Note} asks it to, so a failed attempt must leave nothing behind. A note whose text
 * starts with {@link #FORWARD} also publishes a reply note through the outbox, as a handler that raises
 * events of its own does.
 */
@ApplicationScoped
public class TestEventConsumer {

    static final String NAME = "inbox-lib-test";
    static final String FORWARD = "Chuyển tiếp: ";

    private final IdempotentConsumer consumer;
    private final AgroalDataSource dataSource;
    private final Outbox outbox;
    private final Map<String, SpanContext> spanByEventId = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> invocationsByEventId = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> invocationsByKey = new ConcurrentHashMap<>();
    private final AtomicInteger largestBatch = new AtomicInteger();

    public TestEventConsumer(IdempotentConsumer consumer, AgroalDataSource dataSource, Outbox outbox) {
        this.consumer = consumer;
        this.dataSource = dataSource;
        this.outbox = outbox;
    }

    @Incoming("test-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        consumer.handle(NAME, record, this::apply);
    }

    @Incoming("test-events-batch")
    @Blocking
    public CompletionStage<Void> consumeBatch(KafkaRecordBatch<String, String> batch) {
        largestBatch.accumulateAndGet(batch.getRecords().size(), Math::max);
        return consumer.handleBatch(NAME, batch, this::apply).thenAccept(handled -> { });
    }

    /** The most records the batched channel got in one call so far. */
    int largestBatch() {
        return largestBatch.get();
    }

    private void apply(IncomingEvent event) {
        int attempt = invocationsByEventId.computeIfAbsent(event.id(), id -> new AtomicInteger()).incrementAndGet();
        invocationsByKey.computeIfAbsent(event.key(), key -> new AtomicInteger()).incrementAndGet();
        spanByEventId.put(event.id(), Span.current().getSpanContext());
        Note note = event.data(Note.class);
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO test_effect (event_id, aggregate_id, text, attempt) VALUES (?, ?, ?, ?)")) {
            ps.setString(1, event.id());
            ps.setString(2, note.aggregateId());
            ps.setString(3, note.text());
            ps.setInt(4, attempt);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        if (attempt <= note.failures()) {
            throw new IllegalStateException("simulated failure of attempt " + attempt + " on " + note.aggregateId());
        }
        if (note.text().startsWith(FORWARD)) {
            outbox.publish(Note.TYPE, new Note(note.aggregateId(), "Đã nhận: " + note.text().substring(FORWARD.length()), 0));
        }
    }

    /** The span current while the handler last ran for this event id (invalid when none was). */
    SpanContext spanContext(String eventId) {
        return spanByEventId.getOrDefault(eventId, SpanContext.getInvalid());
    }

    /** How many times the handler ran for this event id (0 if never). */
    int invocations(String eventId) {
        AtomicInteger n = invocationsByEventId.get(eventId);
        return n == null ? 0 : n.get();
    }

    /** How many times the handler ran for records with this Kafka key (0 if never). */
    int invocationsForKey(String key) {
        AtomicInteger n = invocationsByKey.get(key);
        return n == null ? 0 : n.get();
    }
}
