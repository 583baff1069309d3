package vn.gov.pressinfo.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import vn.gov.pressinfo.embedded.KafkaBroker;
import vn.gov.pressinfo.events.EventEnvelope;
import vn.gov.pressinfo.testing.SharedInfrastructure;
import vn.gov.pressinfo.testing.TopicReader;
import vn.gov.pressinfo.tracing.MessagingAttributes;
import vn.gov.pressinfo.tracing.Tracing;

/**
 * The trace of the transaction that writes an event goes on to Kafka (docs/adr/0010-tracing.md): the
 * outbox row keeps the writer's {@code traceparent}, the application's relay sends the record inside a
 * PRODUCER span that is the writer's child, and the record's {@code ce_traceparent} and
 * {@code traceparent} headers name that span.
 */
@QuarkusTest
class OutboxTracingTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Inject
    Outbox outbox;

    @Inject
    Tracing tracing;

    @Inject
    InMemorySpanExporter spans;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeAll
    static void createTopic() throws Exception {
        KafkaBroker.createTopic(SharedInfrastructure.kafka().bootstrapServers(), Sequenced.TOPIC, 3);
    }

    @Test
    void anEventWrittenInsideASpanGoesToKafkaInAChildProducerSpanOfTheSameTrace() throws SQLException {
        String key = "agency-" + UUID.randomUUID();
        Span request = tracing.tracer().spanBuilder("POST /api/v1/test").setSpanKind(SpanKind.SERVER).startSpan();
        EventEnvelope event;
        try (Scope ignored = request.makeCurrent()) {
            event = QuarkusTransaction.requiringNew().call(() -> outbox.publish(Sequenced.TYPE, new Sequenced(key, 0)));
        } finally {
            request.end();
        }
        SpanContext writer = request.getSpanContext();

        assertThat(storedTraceparent(event)).isEqualTo(Tracing.traceparent(writer));

        ConsumerRecord<String, String> record = single(key);
        SpanData producer = producerSpan(event);
        assertThat(producer.getName()).isEqualTo(Sequenced.TOPIC + " send");
        assertThat(producer.getTraceId()).isEqualTo(writer.getTraceId());
        assertThat(producer.getParentSpanId()).isEqualTo(writer.getSpanId());
        assertThat(producer.getAttributes().get(MessagingAttributes.SYSTEM)).isEqualTo("kafka");
        assertThat(producer.getAttributes().get(MessagingAttributes.DESTINATION)).isEqualTo(Sequenced.TOPIC);
        assertThat(producer.getAttributes().get(MessagingAttributes.EVENT_TYPE)).isEqualTo(Sequenced.TYPE.type());
        assertThat(producer.getAttributes().get(MessagingAttributes.KAFKA_OFFSET)).isEqualTo(record.offset());
        assertThat(TopicReader.header(record, Tracing.CE_TRACEPARENT))
                .isEqualTo(Tracing.traceparent(producer.getSpanContext()))
                .isEqualTo(TopicReader.header(record, Tracing.TRACEPARENT));
    }

    @Test
    void everyEventOfABulkPublishCarriesTheTraceOfItsTransaction() throws SQLException {
        String key = "agency-" + UUID.randomUUID();
        Span job = tracing.tracer().spanBuilder("overdue scan").startSpan();
        List<EventEnvelope> events;
        try (Scope ignored = job.makeCurrent()) {
            events = QuarkusTransaction.requiringNew().call(() -> outbox.publishAll(Sequenced.TYPE,
                    IntStream.range(0, 3).mapToObj(n -> new Sequenced(key, n)).toList(), Instant.now()));
        } finally {
            job.end();
        }

        for (EventEnvelope event : events) {
            assertThat(storedTraceparent(event)).isEqualTo(Tracing.traceparent(job.getSpanContext()));
        }
        List<ConsumerRecord<String, String>> records = TopicReader.await(bootstrapServers, Sequenced.TOPIC, r -> key.equals(r.key()), 3, WAIT);
        assertThat(records).hasSize(3).allSatisfy(r -> assertThat(TopicReader.header(r, Tracing.CE_TRACEPARENT))
                .startsWith("00-" + job.getSpanContext().getTraceId() + "-"));
    }

    @Test
    void anEventWrittenOutsideAnySpanStartsItsTraceAtTheRelay() throws SQLException {
        String key = "agency-" + UUID.randomUUID();

        EventEnvelope event = QuarkusTransaction.requiringNew().call(() -> outbox.publish(Sequenced.TYPE, new Sequenced(key, 0)));

        assertThat(storedTraceparent(event)).isNull();
        ConsumerRecord<String, String> record = single(key);
        SpanData producer = producerSpan(event);
        assertThat(producer.getParentSpanContext().isValid()).as("a root span").isFalse();
        assertThat(TopicReader.header(record, Tracing.CE_TRACEPARENT)).isEqualTo(Tracing.traceparent(producer.getSpanContext()));
    }

    private ConsumerRecord<String, String> single(String key) {
        List<ConsumerRecord<String, String>> records = TopicReader.await(bootstrapServers, Sequenced.TOPIC, r -> key.equals(r.key()), 1, WAIT);
        assertThat(records).hasSize(1);
        return records.get(0);
    }

    /** The relay's span for this event, once the broker acknowledged the send. */
    private SpanData producerSpan(EventEnvelope event) {
        List<SpanData> found = new ArrayList<>();
        await().atMost(WAIT).until(() -> {
            found.clear();
            spans.getFinishedSpanItems().stream()
                    .filter(s -> s.getKind() == SpanKind.PRODUCER && event.id().equals(s.getAttributes().get(MessagingAttributes.MESSAGE_ID)))
                    .forEach(found::add);
            return !found.isEmpty();
        });
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private String storedTraceparent(EventEnvelope event) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT traceparent FROM outbox_event WHERE event_id = ?::uuid")) {
            ps.setString(1, event.id());
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).as("row of event %s", event.id()).isTrue();
                return rs.getString(1);
            }
        }
    }
}
