package vn.gov.pressinfo.consumer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import vn.gov.pressinfo.embedded.KafkaBroker;
import vn.gov.pressinfo.events.EventEnvelope;
import vn.gov.pressinfo.outbox.Outbox;
import vn.gov.pressinfo.testing.SharedDatabase;

/**
 * docs/adr/0017-readiness-without-kafka.md at the HTTP level, with a broker of this test's own that it stops
 * and starts again: while Kafka is away the service stays ready, live and started, the {@code kafka} health
 * group is DOWN (outbox and consumers alike) with the outbox backlog in its data; once Kafka is back the
 * group is UP again, the backlog drains and the consumer handles what was published during the outage.
 */
@QuarkusTest
@TestProfile(KafkaOutageHealthTest.OwnBroker.class)
class KafkaOutageHealthTest {

    private static final Duration SETTLE = Duration.ofSeconds(90);

    @Inject
    Outbox outbox;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @AfterAll
    static void stopOwnBroker() throws IOException {
        OwnBroker.stop();
        OwnBroker.deleteLogs();
    }

    @Test
    void readyLiveAndStartedWhileKafkaIsAwayAndTheKafkaGroupSaysWhere() throws Exception {
        assertThat(bootstrapServers).as("the application talks to this test's own broker").isEqualTo(OwnBroker.bootstrapServers());
        // The application started before any broker ran: ready, live and started all the same.
        assertThat(given().get("/q/health/ready").statusCode()).isEqualTo(200);
        assertThat(given().get("/q/health/live").statusCode()).isEqualTo(200);
        assertThat(given().get("/q/health/started").statusCode()).isEqualTo(200);
        assertThat(kafkaGroup().statusCode()).isEqualTo(503);

        OwnBroker.start();
        await().atMost(SETTLE).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> assertThat(kafkaGroup().statusCode()).isEqualTo(200));
        assertThat(checkNames(kafkaGroup())).contains("kafka-outbox", "kafka-consumers");
        assertThat(checkNames(given().get("/q/health/ready"))).contains("outbox", "Database connections health check")
                .doesNotContain("kafka-outbox", "kafka-consumers", "SmallRye Reactive Messaging - readiness check");

        OwnBroker.stop();
        String key = "outage-" + UUID.randomUUID();
        EventEnvelope during = QuarkusTransaction.requiringNew().call(() -> outbox.publish(Note.TYPE, new Note(key, "Trong lúc Kafka vắng", 0)));

        // 20 s without a broker, probed every 500 ms: never unready, and the group goes DOWN with a backlog.
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        boolean groupDown = false;
        long backlogSeen = 0;
        int probes = 0;
        String lastGroup = "";
        while (System.nanoTime() < until) {
            assertThat(given().get("/q/health/ready").statusCode()).as("ready while Kafka is away").isEqualTo(200);
            assertThat(given().get("/q/health/live").statusCode()).as("live while Kafka is away").isEqualTo(200);
            Response group = kafkaGroup();
            lastGroup = group.asString();
            if (group.statusCode() == 503) {
                JsonPath json = group.jsonPath();
                groupDown = json.getList("checks.findAll { it.status == 'DOWN' }.name").containsAll(List.of("kafka-outbox", "kafka-consumers"))
                        || groupDown;
                backlogSeen = Math.max(backlogSeen, json.getLong("checks.find { it.name == 'kafka-outbox' }.data.backlog"));
            }
            probes++;
            Thread.sleep(500);
        }
        assertThat(given().get("/q/health/started").statusCode()).isEqualTo(200);
        assertThat(groupDown).as("both Kafka checks DOWN during the outage: %s", lastGroup).isTrue();
        assertThat(backlogSeen).as("the outbox backlog, in the kafka group's data").isGreaterThanOrEqualTo(1);
        assertThat(probes).isGreaterThan(10);

        OwnBroker.start();
        await().atMost(SETTLE).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            Response group = kafkaGroup();
            assertThat(group.statusCode()).as(group.asString()).isEqualTo(200);
            assertThat(group.jsonPath().getLong("checks.find { it.name == 'kafka-outbox' }.data.backlog")).isZero();
        });
        await().atMost(SETTLE).untilAsserted(() -> assertThat(handled(during)).as("handled once after the outage").isEqualTo(1));
        assertThat(given().get("/q/health/ready").statusCode()).isEqualTo(200);
    }

    private static Response kafkaGroup() {
        return given().get("/q/health/group/kafka");
    }

    private static List<String> checkNames(Response health) {
        return health.jsonPath().getList("checks.name");
    }

    private long handled(EventEnvelope event) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM inbox_message WHERE event_id = ? AND consumer = ?")) {
            ps.setString(1, event.id());
            ps.setString(2, TestEventConsumer.NAME);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * The application on a broker of its own and a database of its own, without the global test resources
     * (whose shared broker would win over this one). Quarkus reads the profile in another class loader than
     * the test's, so the broker's port and log directory are agreed on through system properties; the test
     * starts and stops the broker, the application starts before it ever runs.
     */
    public static class OwnBroker implements QuarkusTestProfile {

        private static final String PORT = "pressinfo.test.outage-kafka.port";
        private static final String LOGS = "pressinfo.test.outage-kafka.logs";
        private static KafkaBroker broker;

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kafka.bootstrap.servers", bootstrapServers());
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(SharedDatabase.class, Map.of("database", "inbox_lib_outage")));
        }

        static synchronized String bootstrapServers() {
            if (System.getProperty(PORT) == null) {
                try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
                    System.setProperty(PORT, String.valueOf(socket.getLocalPort()));
                    System.setProperty(LOGS, Files.createTempDirectory("inbox-outage-kafka-").toString());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return "127.0.0.1:" + System.getProperty(PORT);
        }

        static synchronized void start() throws IOException {
            if (broker == null) {
                bootstrapServers();
                broker = KafkaBroker.start(Path.of(System.getProperty(LOGS)), Integer.parseInt(System.getProperty(PORT)));
            }
        }

        static synchronized void stop() {
            if (broker != null) {
                broker.close();
                broker = null;
            }
        }

        static synchronized void deleteLogs() throws IOException {
            String logs = System.getProperty(LOGS);
            if (logs != null) {
                try (Stream<Path> files = Files.walk(Path.of(logs))) {
                    files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                }
            }
        }
    }
}
