package vn.gov.pressinfo.consumer;

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
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.function.Predicate;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import vn.gov.pressinfo.events.CloudEventHeaders;
import vn.gov.pressinfo.events.EventEnvelope;
import vn.gov.pressinfo.events.EventJson;
import vn.gov.pressinfo.testing.TopicReader;

/**
 * {@link IdempotentConsumer} behind a real {@code @Incoming} channel: records go onto
 * {@code test.inbox.v1} through the real broker, {@link TestEventConsumer} handles them, and the
 * effects, inbox rows and dead letters are read back from PostgreSQL and Kafka.
 */
@QuarkusTest
class IdempotentConsumerTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Inject
    TestEventConsumer testConsumer;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "pressinfo.inbox.max-attempts")
    int maxAttempts;

    private KafkaProducer<String, String> producer;

    /** The two ways a service reads a topic: one record per call, or the records of a poll per call. */
    enum Channel {
        ONE_BY_ONE(TestTopics.TOPIC, TestTopics.DEAD_LETTER),
        BATCHED(TestTopics.BATCH_TOPIC, TestTopics.BATCH_DEAD_LETTER);

        final String topic;
        final String deadLetter;

        Channel(String topic, String deadLetter) {
            this.topic = topic;
            this.deadLetter = deadLetter;
        }
    }

    @BeforeEach
    void openProducer() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producer = new KafkaProducer<>(p);
    }

    @AfterEach
    void closeProducer() {
        producer.close();
    }

    @ParameterizedTest
    @EnumSource(Channel.class)
    void anEventDeliveredThreeTimesHasItsEffectOnce(Channel channel) throws Exception {
        String key = UUID.randomUUID().toString();
        Note note = new Note(key, "Thông cáo báo chí", 0);
        EventEnvelope envelope = envelope(note);
        send(channel, envelope, note);
        send(channel, envelope, note);
        send(channel, envelope, note);
        // Records of one key are handled in order: once the next one took effect, the copies were handled.
        EventEnvelope next = send(channel, new Note(key, "Tiếp theo", 0));
        await().atMost(WAIT).until(() -> effects(next.id()) == 1);

        assertThat(effects(envelope.id())).isEqualTo(1);
        assertThat(inboxRows(envelope.id())).isEqualTo(1);
        assertThat(testConsumer.invocations(envelope.id())).as("duplicates are skipped before the handler").isEqualTo(1);
        assertThat(deadLetters(channel, r -> envelope.id().equals(TopicReader.header(r, CloudEventHeaders.ID)))).as("and acknowledged").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Channel.class)
    void aHandlerThatFailsIsRetriedAndTakesEffectOnce(Channel channel) throws Exception {
        String key = UUID.randomUUID().toString();
        // Succeeds on the last attempt allowed.
        EventEnvelope event = send(channel, new Note(key, "Lỗi tạm thời", maxAttempts - 1));

        await().atMost(WAIT).until(() -> effects(event.id()) == 1);

        assertThat(testConsumer.invocations(event.id())).isEqualTo(maxAttempts);
        assertThat(effectAttempts(event.id())).as("the failed attempts left nothing behind").containsExactly(maxAttempts);
        assertThat(inboxRows(event.id())).isEqualTo(1);
        EventEnvelope next = send(channel, new Note(key, "Tiếp theo", 0));
        await().atMost(WAIT).until(() -> effects(next.id()) == 1);
        assertThat(deadLetters(channel, r -> event.id().equals(TopicReader.header(r, CloudEventHeaders.ID)))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Channel.class)
    void aHandlerThatAlwaysFailsSendsTheEventToTheDeadLetterTopicAndThePartitionMovesOn(Channel channel) throws Exception {
        String key = UUID.randomUUID().toString();
        EventEnvelope poison = send(channel, new Note(key, "Luôn lỗi", Note.ALWAYS));
        EventEnvelope next = send(channel, new Note(key, "Sau thông điệp lỗi", 0));

        await().atMost(WAIT).until(() -> effects(next.id()) == 1);
        List<ConsumerRecord<String, String>> dead = TopicReader.await(bootstrapServers, channel.deadLetter,
                r -> poison.id().equals(TopicReader.header(r, CloudEventHeaders.ID)), 1, WAIT);

        assertThat(dead).hasSize(1);
        ConsumerRecord<String, String> letter = dead.get(0);
        assertThat(letter.key()).isEqualTo(key);
        assertThat(EventJson.read(letter.value(), Note.class).text()).isEqualTo("Luôn lỗi");
        assertThat(TopicReader.header(letter, "dead-letter-reason"))
                .contains(poison.id(), "failed " + maxAttempts + " times", TestEventConsumer.NAME, "simulated failure of attempt " + maxAttempts);
        assertThat(TopicReader.header(letter, "dead-letter-topic")).isEqualTo(channel.topic);
        assertThat(testConsumer.invocations(poison.id())).isEqualTo(maxAttempts);
        assertThat(effects(poison.id())).isZero();
        assertThat(inboxRows(poison.id())).isZero();
        assertThat(inboxRows(next.id())).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Channel.class)
    void aMessageThatIsNotAValidEventGoesToTheDeadLetterTopicWithoutRetries(Channel channel) throws Exception {
        String key = UUID.randomUUID().toString();
        // No CloudEvents headers at all.
        producer.send(new ProducerRecord<>(channel.topic, key, EventJson.write(new Note(key, "Không có tiêu đề", 0)))).get();
        // CloudEvents headers, but data that is not JSON.
        EventEnvelope garbled = envelope(new Note(key, "", 0));
        producer.send(record(channel, garbled, key, "{not json")).get();
        EventEnvelope next = send(channel, new Note(key, "Sau hai thông điệp hỏng", 0));

        await().atMost(WAIT).until(() -> effects(next.id()) == 1);
        List<ConsumerRecord<String, String>> dead = TopicReader.await(bootstrapServers, channel.deadLetter,
                r -> key.equals(r.key()), 2, WAIT);

        assertThat(dead).hasSize(2);
        assertThat(TopicReader.header(dead.get(0), CloudEventHeaders.ID)).isNull();
        assertThat(TopicReader.header(dead.get(0), "dead-letter-reason")).contains(CloudEventHeaders.SPEC_VERSION);
        assertThat(TopicReader.header(dead.get(1), CloudEventHeaders.ID)).isEqualTo(garbled.id());
        assertThat(TopicReader.header(dead.get(1), "dead-letter-reason")).contains("not a valid Note");
        // The handler never saw the first one, and saw the second once: no retries.
        assertThat(testConsumer.invocations(garbled.id())).isEqualTo(1);
        assertThat(testConsumer.invocationsForKey(key)).isEqualTo(2);
        assertThat(inboxRows(garbled.id())).isZero();
        assertThat(inboxRows(next.id())).isEqualTo(1);
    }

    @Test
    void aPoisonRecordInTheMiddleOfABatchGoesToTheDeadLetterTopicAloneAndTheOthersTakeEffectOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        List<Note> notes = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            notes.add(new Note(key, "Thông báo số " + i, i == 20 ? Note.ALWAYS : i == 30 ? 1 : 0));
        }
        // Sent without waiting for each, so that the consumer reads them in a few polls.
        List<EventEnvelope> envelopes = notes.stream().map(IdempotentConsumerTest::envelope).toList();
        List<Future<?>> sends = new ArrayList<>();
        for (int i = 0; i < notes.size(); i++) {
            sends.add(producer.send(record(Channel.BATCHED, envelopes.get(i), key, EventJson.write(notes.get(i)))));
        }
        for (Future<?> send : sends) {
            send.get();
        }
        EventEnvelope poison = envelopes.get(20);

        await().atMost(WAIT).until(() -> effects(envelopes.get(39).id()) == 1);
        List<ConsumerRecord<String, String>> dead = TopicReader.await(bootstrapServers, TestTopics.BATCH_DEAD_LETTER,
                r -> key.equals(r.key()), 1, WAIT);

        assertThat(testConsumer.largestBatch()).as("records were handled several to a transaction").isGreaterThan(1);
        assertThat(dead).hasSize(1);
        assertThat(TopicReader.header(dead.get(0), CloudEventHeaders.ID)).isEqualTo(poison.id());
        assertThat(TopicReader.header(dead.get(0), "dead-letter-reason")).contains("failed " + maxAttempts + " times");
        assertThat(testConsumer.invocations(poison.id())).as("the batch attempt counts as the first").isEqualTo(maxAttempts);
        for (int i = 0; i < envelopes.size(); i++) {
            String id = envelopes.get(i).id();
            assertThat(effects(id)).as("effects of note %d", i).isEqualTo(i == 20 ? 0 : 1);
            assertThat(inboxRows(id)).as("inbox rows of note %d", i).isEqualTo(i == 20 ? 0 : 1);
        }
        assertThat(effectAttempts(envelopes.get(30).id())).as("the failed first attempt of note 30 left nothing").containsExactly(2);
        // In partition order: the effects were committed in the order the notes were sent.
        assertThat(effectOrder(key)).containsExactlyElementsOf(
                notes.stream().filter(n -> n.failures() != Note.ALWAYS).map(Note::text).toList());
    }

    private List<String> effectOrder(String aggregateId) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT text FROM test_effect WHERE aggregate_id = ? ORDER BY id")) {
            ps.setString(1, aggregateId);
            try (ResultSet rs = ps.executeQuery()) {
                List<String> texts = new ArrayList<>();
                while (rs.next()) {
                    texts.add(rs.getString(1));
                }
                return texts;
            }
        }
    }

    private static EventEnvelope envelope(Note note) {
        return EventEnvelope.create(Note.TYPE, "/test", note, Instant.now());
    }

    private EventEnvelope send(Channel channel, Note note) throws Exception {
        EventEnvelope envelope = envelope(note);
        send(channel, envelope, note);
        return envelope;
    }

    private void send(Channel channel, EventEnvelope envelope, Note note) throws Exception {
        producer.send(record(channel, envelope, note.aggregateId(), EventJson.write(note))).get();
    }

    private static ProducerRecord<String, String> record(Channel channel, EventEnvelope envelope, String key, String value) {
        return new ProducerRecord<>(channel.topic, null, key, value, envelope.toKafkaHeaders());
    }

    /** Dead letters so far matching {@code match}: the dead-letter topic read up to where it ends now. */
    private List<ConsumerRecord<String, String>> deadLetters(Channel channel, Predicate<ConsumerRecord<String, String>> match) {
        return TopicReader.readAll(bootstrapServers, channel.deadLetter).stream().filter(match).toList();
    }

    private long effects(String eventId) throws SQLException {
        return count("SELECT count(*) FROM test_effect WHERE event_id = ?", eventId);
    }

    private List<Integer> effectAttempts(String eventId) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT attempt FROM test_effect WHERE event_id = ? ORDER BY id")) {
            ps.setString(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                List<Integer> attempts = new ArrayList<>();
                while (rs.next()) {
                    attempts.add(rs.getInt(1));
                }
                return attempts;
            }
        }
    }

    private long inboxRows(String eventId) throws SQLException {
        return count("SELECT count(*) FROM inbox_message WHERE consumer = '" + TestEventConsumer.NAME + "' AND event_id = ?", eventId);
    }

    private long count(String sql, String parameter) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, parameter);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
