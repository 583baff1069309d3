package vn.gov.pressinfo.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import vn.gov.pressinfo.embedded.KafkaBroker;
import vn.gov.pressinfo.embedded.PostgresServer;
import vn.gov.pressinfo.events.CloudEventHeaders;
import vn.gov.pressinfo.events.EventEnvelope;
import vn.gov.pressinfo.events.EventJson;
import vn.gov.pressinfo.testing.SharedInfrastructure;
import vn.gov.pressinfo.testing.TopicReader;
import vn.gov.pressinfo.tracing.Tracing;

/**
 * Relay behaviour that needs control over the relays and the broker: outages, several replicas,
 * pruning. The relays here are built and started by the tests, on their own database
 * ({@code outbox_lib_relay}, the {@code relay} datasource): the application's relay serves
 * {@code outbox_lib}, and since the leader lock and the notifications are per database it neither
 * competes with these relays nor publishes their rows.
 */
@QuarkusTest
class OutboxRelayTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Inject
    @DataSource("relay")
    AgroalDataSource database;

    @Inject
    Tracing tracing;

    @ConfigProperty(name = "quarkus.datasource.relay.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String sharedKafka;

    private final List<OutboxRelay> relays = new ArrayList<>();
    private KafkaBroker ownBroker;
    private Path ownBrokerLogs;

    @BeforeAll
    static void createTopic() throws Exception {
        KafkaBroker.createTopic(SharedInfrastructure.kafka().bootstrapServers(), Sequenced.TOPIC, 3);
    }

    @BeforeEach
    void emptyOutbox() throws SQLException {
        try (Connection c = database.getConnection(); Statement st = c.createStatement()) {
            st.execute("DELETE FROM outbox_event");
        }
    }

    @AfterEach
    void stopRelaysAndBroker() throws IOException {
        relays.forEach(OutboxRelay::stop);
        if (ownBroker != null) {
            ownBroker.close();
        }
        if (ownBrokerLogs != null) {
            try (Stream<Path> files = Files.walk(ownBrokerLogs)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    @Test
    void eventsCommittedWhileKafkaIsDownWaitInTheTableAndAllGoOutWhenItIsBack() throws Exception {
        ownBrokerLogs = Files.createTempDirectory("outbox-test-kafka-");
        int port = freePort();
        ownBroker = KafkaBroker.start(ownBrokerLogs, port);
        String bootstrap = ownBroker.bootstrapServers();
        KafkaBroker.createTopic(bootstrap, Sequenced.TOPIC, 3);
        OutboxRelay relay = start(TestOutboxConfig.quick(), bootstrap);
        List<String> keys = List.of("agency-" + UUID.randomUUID(), "agency-" + UUID.randomUUID());

        List<EventEnvelope> before = commit(keys, 0, 4);
        await().atMost(WAIT).until(() -> unsent(before) == 0);

        ownBroker.close();
        ownBroker = null;
        List<EventEnvelope> during = Stream.of(commit(keys, 4, 8), commit(keys, 12, 8)).flatMap(List::stream).toList();

        // The producer gives up on its batch after the send timeout (3 s here); the relay then records
        // the failure on the first row it could not send, keeps every row, and backs off.
        await().atMost(Duration.ofSeconds(60)).until(() -> attempts(during.get(0)) > 0);
        assertThat(lastError(during.get(0))).isNotBlank();
        assertThat(relay.lastError()).isNotBlank();
        assertThat(unsent(during)).isEqualTo(during.size());

        ownBroker = KafkaBroker.start(ownBrokerLogs, port);
        await().atMost(Duration.ofSeconds(60)).until(() -> unsent(during) == 0);
        await().atMost(WAIT).until(() -> relay.lastError() == null);

        List<ConsumerRecord<String, String>> records = TopicReader.readAll(bootstrap, Sequenced.TOPIC);
        assertThat(records).extracting(r -> TopicReader.header(r, CloudEventHeaders.ID)).as("none lost")
                .containsAll(Stream.concat(before.stream(), during.stream()).map(EventEnvelope::id).toList());
        // Delivery is at least once, so a retried batch may show twice; first deliveries keep the order.
        for (String key : keys) {
            assertThat(new ArrayList<>(new LinkedHashSet<>(sequences(records, key)))).isEqualTo(IntStream.range(0, 10).boxed().toList());
        }
    }

    @Test
    void oneReplicaLeadsAndAnotherTakesOverWhenItStops() throws Exception {
        OutboxRelay a = start(TestOutboxConfig.quick(), sharedKafka);
        OutboxRelay b = start(TestOutboxConfig.quick(), sharedKafka);
        String key = "agency-" + UUID.randomUUID();

        await().atMost(WAIT).until(() -> a.isLeader() || b.isLeader());
        // The follower tries the lock again every poll interval (200 ms); it must keep failing.
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(2)).until(() -> a.isLeader() != b.isLeader());
        assertThat(lockHolders()).isEqualTo(1);
        OutboxRelay leader = a.isLeader() ? a : b;
        OutboxRelay follower = leader == a ? b : a;

        List<EventEnvelope> first = commit(List.of(key), 0, 10);
        await().atMost(WAIT).until(() -> unsent(first) == 0);

        leader.stop();
        Instant stoppedAt = Instant.now();
        List<EventEnvelope> meanwhile = commit(List.of(key), 10, 10);
        await().atMost(Duration.ofSeconds(5)).until(follower::isLeader);
        Duration takeover = Duration.between(stoppedAt, Instant.now());
        await().atMost(WAIT).until(() -> unsent(meanwhile) == 0);

        assertThat(takeover).isLessThan(Duration.ofSeconds(5));
        assertThat(leader.isLeader()).isFalse();
        assertThat(lockHolders()).isEqualTo(1);
        assertThat(sequences(TopicReader.readAll(sharedKafka, Sequenced.TOPIC), key))
                .isEqualTo(IntStream.range(0, 20).boxed().toList());
    }

    @Test
    void pruningDeletesSentRowsPastRetentionAndNeverUnsentOnes() throws Exception {
        String key = "agency-" + UUID.randomUUID();
        // A backlog committed while no relay ran, created long before the retention period.
        List<EventEnvelope> backlog = commit(List.of(key), 0, 20);
        execute("UPDATE outbox_event SET created_at = created_at - interval '1 day', occurred_at = occurred_at - interval '1 day'");

        // One row per round: the first prune runs before anything is sent and must keep all 20 unsent rows.
        start(TestOutboxConfig.quick().withBatchSize(1).withRetention(Duration.ofSeconds(1), Duration.ofMillis(100)), sharedKafka);

        List<ConsumerRecord<String, String>> delivered = TopicReader.await(sharedKafka, Sequenced.TOPIC,
                r -> key.equals(r.key()), backlog.size(), WAIT);
        assertThat(sequences(delivered, key)).as("unsent rows are never pruned, however old")
                .isEqualTo(IntStream.range(0, backlog.size()).boxed().toList());
        // ...and once sent, they go after the retention period.
        await().atMost(WAIT).until(() -> rows(backlog) == 0);
    }

    private OutboxRelay start(TestOutboxConfig config, String bootstrapServers) {
        OutboxRelay relay = new OutboxRelay(config, tracing, jdbcUrl, Optional.of(PostgresServer.USER), Optional.of("postgres"), bootstrapServers);
        relays.add(relay);
        relay.start();
        return relay;
    }

    /** Commits {@code count} events in one transaction, the keys taking turns; sequence numbers are per key. */
    private List<EventEnvelope> commit(List<String> keys, int from, int count) {
        // The application's Outbox code on the relay datasource (enlisted in the JTA transaction like
        // the default one); built by hand, so the MANDATORY check is the transaction we open here.
        Outbox outbox = new Outbox(database, TestOutboxConfig.quick(), tracing);
        return QuarkusTransaction.requiringNew().call(() -> IntStream.range(from, from + count)
                .mapToObj(n -> outbox.publish(Sequenced.TYPE, new Sequenced(keys.get(n % keys.size()), n / keys.size())))
                .toList());
    }

    private static List<Integer> sequences(List<ConsumerRecord<String, String>> records, String key) {
        return records.stream().filter(r -> key.equals(r.key())).map(r -> EventJson.read(r.value(), Sequenced.class).sequence()).toList();
    }

    private long unsent(List<EventEnvelope> events) throws SQLException {
        return query("SELECT count(*) FROM outbox_event WHERE sent_at IS NULL AND event_id = ANY (?::uuid[])", events, rs -> rs.getLong(1));
    }

    private long rows(List<EventEnvelope> events) throws SQLException {
        return query("SELECT count(*) FROM outbox_event WHERE event_id = ANY (?::uuid[])", events, rs -> rs.getLong(1));
    }

    private int attempts(EventEnvelope event) throws SQLException {
        return query("SELECT max(attempts) FROM outbox_event WHERE event_id = ANY (?::uuid[])", List.of(event), rs -> rs.getInt(1));
    }

    private String lastError(EventEnvelope event) throws SQLException {
        return query("SELECT max(last_error) FROM outbox_event WHERE event_id = ANY (?::uuid[])", List.of(event), rs -> rs.getString(1));
    }

    /** Sessions holding the relay's advisory lock in this database. */
    private long lockHolders() throws SQLException {
        try (Connection c = database.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted"
                        + " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"
                        + " AND ((classid::bigint << 32) | objid::bigint) = ?")) {
            ps.setLong(1, OutboxRelay.LOCK_KEY);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = database.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate(sql);
        }
    }

    private <T> T query(String sql, List<EventEnvelope> events, Column<T> column) throws SQLException {
        try (Connection c = database.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, c.createArrayOf("text", events.stream().map(EventEnvelope::id).toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return column.read(rs);
            }
        }
    }

    @FunctionalInterface
    private interface Column<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
