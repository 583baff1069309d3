package vn.gov.pressinfo.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import vn.gov.pressinfo.events.CloudEventHeaders;
import vn.gov.pressinfo.events.EventEnvelope;
import vn.gov.pressinfo.events.EventJson;
import vn.gov.pressinfo.outbox.Outbox;
import vn.gov.pressinfo.testing.TopicReader;
import vn.gov.pressinfo.tracing.MessagingAttributes;
import vn.gov.pressinfo.tracing.Tracing;

/**
 * One trace from the transaction that writes an event to the handler that consumes it, and on to the
 * events that handler writes (docs/adr/0010-tracing.md): outbox row, relay PRODUCER span, the record's
 * {@code ce_traceparent}, the {@link IdempotentConsumer}'s CONSUMER span, and again, through the real
 * database, relay and broker.
 */
@QuarkusTest
class TracePropagationTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Inject
    Outbox outbox;

    @Inject
    Tracing tracing;

    @Inject
    InMemorySpanExporter spans;

    @Inject
    TestEventConsumer testConsumer;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "pressinfo.inbox.max-attempts")
    int maxAttempts;

    @Test
    void aTraceFollowsAnEventThroughKafkaIntoItsHandlerAndOnToTheEventsTheHandlerWrites() throws SQLException {
        String key = UUID.randomUUID().toString();
        Span request = tracing.tracer().spanBuilder("POST /api/v1/notes").setSpanKind(SpanKind.SERVER).startSpan();
        EventEnvelope first;
        try (Scope ignored = request.makeCurrent()) {
            first = QuarkusTransaction.requiringNew().call(() -> outbox.publish(Note.TYPE, new Note(key, TestEventConsumer.FORWARD + "Thông cáo", 0)));
        } finally {
            request.end();
        }
        String traceId = request.getSpanContext().getTraceId();

        // The row keeps the writer's context; the relay sends it in a child PRODUCER span named by the headers.
        assertThat(storedTraceparent(first.id())).isEqualTo(Tracing.traceparent(request.getSpanContext()));
        SpanData send = span(SpanKind.PRODUCER, first.id());
        assertThat(send.getTraceId()).isEqualTo(traceId);
        assertThat(send.getParentSpanId()).isEqualTo(request.getSpanContext().getSpanId());
        ConsumerRecord<String, String> record = TopicReader.await(bootstrapServers, TestTopics.TOPIC,
                r -> first.id().equals(TopicReader.header(r, CloudEventHeaders.ID)), 1, WAIT).get(0);
        assertThat(TopicReader.header(record, Tracing.CE_TRACEPARENT)).isEqualTo(Tracing.traceparent(send.getSpanContext()));

        // The handler runs in a CONSUMER span whose parent is that producer span.
        SpanData process = span(SpanKind.CONSUMER, first.id());
        assertThat(process.getName()).isEqualTo(TestTopics.TOPIC + " process");
        assertThat(process.getTraceId()).isEqualTo(traceId);
        assertThat(process.getParentSpanId()).isEqualTo(send.getSpanId());
        assertThat(process.getAttributes().get(MessagingAttributes.SYSTEM)).isEqualTo("kafka");
        assertThat(process.getAttributes().get(MessagingAttributes.DESTINATION)).isEqualTo(TestTopics.TOPIC);
        assertThat(process.getAttributes().get(MessagingAttributes.KAFKA_OFFSET)).isEqualTo(record.offset());
        assertThat(process.getAttributes().get(MessagingAttributes.EVENT_TYPE)).isEqualTo(Note.TYPE.type());
        assertThat(process.getAttributes().get(MessagingAttributes.DUPLICATE)).isFalse();
        assertThat(testConsumer.spanContext(first.id())).isEqualTo(process.getSpanContext());

        // What the handler wrote to the outbox goes on in the same trace, one hop further.
        String reply = replyTo(first.id(), key);
        assertThat(storedTraceparent(reply)).isEqualTo(Tracing.traceparent(process.getSpanContext()));
        SpanData replySend = span(SpanKind.PRODUCER, reply);
        SpanData replyProcess = span(SpanKind.CONSUMER, reply);
        assertThat(List.of(replySend.getTraceId(), replyProcess.getTraceId())).containsOnly(traceId);
        assertThat(replySend.getParentSpanId()).isEqualTo(process.getSpanId());
        assertThat(replyProcess.getParentSpanId()).isEqualTo(replySend.getSpanId());
    }

    @Test
    void aRecordWithOnlyAW3CTraceparentIsFollowedAndFailedAttemptsShowInTheSpan() throws Exception {
        String key = UUID.randomUUID().toString();
        Note note = new Note(key, "Luôn lỗi", Note.ALWAYS);
        EventEnvelope envelope = EventEnvelope.create(Note.TYPE, "/test", note, Instant.now());
        Span remote = tracing.tracer().spanBuilder("another producer").setSpanKind(SpanKind.PRODUCER).startSpan();
        remote.end();
        SpanContext caller = remote.getSpanContext();
        ProducerRecord<String, String> record = new ProducerRecord<>(TestTopics.TOPIC, null, key, EventJson.write(note), envelope.toKafkaHeaders());
        record.headers().add(Tracing.TRACEPARENT, Tracing.traceparent(caller).getBytes(StandardCharsets.US_ASCII));
        send(record);

        SpanData process = span(SpanKind.CONSUMER, envelope.id());

        assertThat(process.getTraceId()).isEqualTo(caller.getTraceId());
        assertThat(process.getParentSpanId()).isEqualTo(caller.getSpanId());
        assertThat(process.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(process.getEvents()).filteredOn(e -> e.getName().equals("exception")).hasSize(maxAttempts);
    }

    private void send(ProducerRecord<String, String> record) throws Exception {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
            producer.send(record).get();
        }
    }

    /** The finished span of this kind for this event, waiting for it. */
    private SpanData span(SpanKind kind, String eventId) {
        return await().atMost(WAIT).until(() -> spans.getFinishedSpanItems().stream()
                .filter(s -> s.getKind() == kind && eventId.equals(s.getAttributes().get(MessagingAttributes.MESSAGE_ID)))
                .findFirst(), Optional::isPresent).orElseThrow();
    }

    /** The id of the event the handler wrote in reply to {@code eventId}, once it is in the outbox. */
    private String replyTo(String eventId, String key) {
        return await().atMost(WAIT).until(() -> query(
                "SELECT event_id::text FROM outbox_event WHERE event_key = ? AND event_id <> ?::uuid", key, eventId), Optional::isPresent)
                .orElseThrow();
    }

    private String storedTraceparent(String eventId) throws SQLException {
        return query("SELECT traceparent FROM outbox_event WHERE event_id = ?::uuid", eventId).orElse(null);
    }

    private Optional<String> query(String sql, String... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setString(i + 1, parameters[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        }
    }
}
