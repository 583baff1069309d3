package vn.gov.pressinfo.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.health.api.HealthGroup;
import vn.gov.pressinfo.embedded.KafkaBroker;
import vn.gov.pressinfo.events.CloudEventHeaders;
import vn.gov.pressinfo.events.EventEnvelope;
import vn.gov.pressinfo.events.EventJson;
import vn.gov.pressinfo.testing.SharedInfrastructure;
import vn.gov.pressinfo.testing.TopicReader;

/**
 * The outbox as a service uses it: {@link Outbox#publish} in the service's transaction, and the
 * application's own {@link OutboxRelay} (started with the application, database {@code outbox_lib})
 * delivering to the real broker.
 */
@QuarkusTest
class OutboxTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Inject
    Outbox outbox;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    OutboxConfig config;

    @Inject
    OutboxRelay relay;

    @Inject
    @HealthGroup(KafkaHealthCheck.GROUP)
    KafkaHealthCheck kafkaHealth;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeAll
    static void createTopic() throws Exception {
        KafkaBroker.createTopic(SharedInfrastructure.kafka().bootstrapServers(), Sequenced.TOPIC, 3);
    }

    @Test
    void publishingOutsideATransactionIsRefused() throws SQLException {
        String key = UUID.randomUUID().toString();

        assertThatThrownBy(() -> outbox.publish(Sequenced.TYPE, new Sequenced(key, 0)))
                .isInstanceOf(TransactionalException.class);

        assertThat(rowsFor(key)).isZero();
    }

    @Test
    void aRolledBackTransactionLeavesNoRowAndNothingOnKafka() throws SQLException {
        String key = UUID.randomUUID().toString();

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.publish(Sequenced.TYPE, new Sequenced(key, 0));
            throw new IllegalStateException("the state change failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(rowsFor(key)).isZero();

        // The relay publishes in commit-visible id order: once a later event of the same key is on the
        // topic, the rolled-back one would be there too, had it leaked.
        EventEnvelope later = QuarkusTransaction.requiringNew().call(() -> outbox.publish(Sequenced.TYPE, new Sequenced(key, 1)));
        List<ConsumerRecord<String, String>> records = TopicReader.await(bootstrapServers, Sequenced.TOPIC,
                r -> key.equals(r.key()), 1, WAIT);
        assertThat(records).extracting(r -> TopicReader.header(r, CloudEventHeaders.ID)).containsExactly(later.id());
        assertThat(TopicReader.readAll(bootstrapServers, Sequenced.TOPIC)).filteredOn(r -> key.equals(r.key()))
                .extracting(r -> EventJson.read(r.value(), Sequenced.class).sequence()).containsExactly(1);
    }

    @Test
    void everyEventArrivesOnceWithItsHeadersAndKeyInOrderPerKey() throws Exception {
        List<String> keys = IntStream.range(0, 5).mapToObj(i -> "agency-" + UUID.randomUUID()).toList();
        int perKey = 60;
        Map<String, EventEnvelope> published = new LinkedHashMap<>();
        Map<String, Sequenced> payloads = new HashMap<>();
        // 300 events, 10 per transaction, the keys interleaved.
        for (int tx = 0; tx < 30; tx++) {
            int first = tx * 10;
            QuarkusTransaction.requiringNew().run(() -> {
                for (int n = first; n < first + 10; n++) {
                    Sequenced payload = new Sequenced(keys.get(n % keys.size()), n / keys.size());
                    EventEnvelope envelope = outbox.publish(Sequenced.TYPE, payload);
                    published.put(envelope.id(), envelope);
                    payloads.put(envelope.id(), payload);
                }
            });
        }
        assertThat(published).hasSize(keys.size() * perKey);

        // A row is marked sent only once Kafka acknowledged it, so then everything is on the topic.
        await().atMost(WAIT).untilAsserted(() -> assertThat(unsentAmong(published.keySet())).isZero());
        assertThat(sentAmong(published.keySet())).isEqualTo(published.size());

        List<ConsumerRecord<String, String>> records = TopicReader.readAll(bootstrapServers, Sequenced.TOPIC).stream()
                .filter(r -> keys.contains(r.key())).toList();
        assertThat(records).extracting(r -> TopicReader.header(r, CloudEventHeaders.ID))
                .as("each event exactly once").doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(published.keySet());
        for (ConsumerRecord<String, String> record : records) {
            String id = TopicReader.header(record, CloudEventHeaders.ID);
            EventEnvelope envelope = published.get(id);
            Sequenced payload = payloads.get(id);
            assertThat(record.key()).isEqualTo(payload.aggregateId());
            assertThat(TopicReader.header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
            assertThat(TopicReader.header(record, CloudEventHeaders.TYPE)).isEqualTo("vn.gov.pressinfo.test.Sequenced.v1");
            assertThat(TopicReader.header(record, CloudEventHeaders.SOURCE)).isEqualTo("/test");
            assertThat(TopicReader.header(record, CloudEventHeaders.SUBJECT)).isEqualTo(payload.aggregateId());
            assertThat(TopicReader.header(record, CloudEventHeaders.TIME)).isEqualTo(envelope.time().toString());
            assertThat(TopicReader.header(record, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
            assertThat(EventJson.read(record.value(), Sequenced.class)).isEqualTo(payload);
        }
        Map<String, List<Integer>> sequencesPerKey = records.stream().collect(Collectors.groupingBy(ConsumerRecord::key,
                Collectors.mapping(r -> EventJson.read(r.value(), Sequenced.class).sequence(), Collectors.toList())));
        List<Integer> inOrder = IntStream.range(0, perKey).boxed().toList();
        assertThat(sequencesPerKey).hasSize(keys.size()).allSatisfy((key, sequences) -> assertThat(sequences).isEqualTo(inOrder));
    }

    @Test
    void theEnvelopeReturnedByPublishIsTheOneOnKafka() {
        String key = UUID.randomUUID().toString();
        // Finer than PostgreSQL keeps (it rounds to the microsecond: .123457).
        Instant occurredAt = Instant.parse("2025-09-02T01:30:00.123456789Z");

        EventEnvelope envelope = QuarkusTransaction.requiringNew().call(() -> outbox.publish(Sequenced.TYPE, new Sequenced(key, 0), occurredAt));
        List<ConsumerRecord<String, String>> records = TopicReader.await(bootstrapServers, Sequenced.TOPIC, r -> key.equals(r.key()), 1, WAIT);

        assertThat(records).hasSize(1);
        assertThat(TopicReader.header(records.get(0), CloudEventHeaders.ID)).isEqualTo(envelope.id());
        assertThat(TopicReader.header(records.get(0), CloudEventHeaders.TIME)).isEqualTo(envelope.time().toString());
        assertThat(envelope.time()).isEqualTo(Instant.parse("2025-09-02T01:30:00.123456Z"));
    }

    @Test
    void aCommitWakesTheRelayLongBeforeItsNextPoll() throws Exception {
        assertThat(config.pollInterval()).isGreaterThanOrEqualTo(Duration.ofSeconds(30));
        String key = UUID.randomUUID().toString();

        // The relay has just published this one and gone back to wait up to the poll interval...
        QuarkusTransaction.requiringNew().run(() -> outbox.publish(Sequenced.TYPE, new Sequenced(key, 0)));
        assertThat(TopicReader.await(bootstrapServers, Sequenced.TOPIC, r -> key.equals(r.key()), 1, WAIT)).hasSize(1);
        Instant relayIdleSince = Instant.now();

        // ...so only the notification sent at commit can bring the next one out within seconds.
        QuarkusTransaction.requiringNew().run(() -> outbox.publish(Sequenced.TYPE, new Sequenced(key, 1)));
        Instant committedAt = Instant.now();
        List<ConsumerRecord<String, String>> records = TopicReader.await(bootstrapServers, Sequenced.TOPIC,
                r -> key.equals(r.key()), 2, WAIT);
        assertThat(records).hasSize(2);
        // The record timestamp is when the relay handed it to the producer (same JVM clock).
        Instant sentAt = Instant.ofEpochMilli(records.get(1).timestamp());
        assertThat(Duration.between(relayIdleSince, committedAt)).isLessThan(config.pollInterval().dividedBy(2));
        assertThat(Duration.between(committedAt, sentAt)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void theRelayStartedWithTheApplicationLeadsAndTheKafkaHealthGroupSaysSo() {
        // The only relay on this database, so it holds the lock.
        await().atMost(WAIT).until(relay::isLeader);

        HealthCheckResponse response = kafkaHealth.call();
        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(response.getData()).hasValueSatisfying(data -> assertThat(data)
                .containsEntry("relayLeader", true).containsEntry("bootstrap.servers", bootstrapServers));
    }

    private long rowsFor(String key) throws SQLException {
        return count("SELECT count(*) FROM outbox_event WHERE event_key = ?", key);
    }

    private long unsentAmong(Set<String> ids) throws SQLException {
        return count("SELECT count(*) FROM outbox_event WHERE sent_at IS NULL AND event_id = ANY (?::uuid[])", ids.toArray(String[]::new));
    }

    private long sentAmong(Set<String> ids) throws SQLException {
        return count("SELECT count(*) FROM outbox_event WHERE sent_at IS NOT NULL AND event_id = ANY (?::uuid[])", ids.toArray(String[]::new));
    }

    private long count(String sql, Object parameter) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            if (parameter instanceof String[] array) {
                ps.setArray(1, c.createArrayOf("text", array));
            } else {
                ps.setObject(1, parameter);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
