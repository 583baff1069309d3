package vn.gov.pressinfo.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import vn.gov.pressinfo.local.LocalStack;
import vn.gov.pressinfo.local.LocalStack.Service;
import vn.gov.pressinfo.testing.DevTokens;
import vn.gov.pressinfo.testing.TopicReader;

/**
 * Fault drills against the packaged services, the real broker and the real database: concurrent updates
 * with one ETag, Kafka stopped for 30 s under writes (every service ready throughout, docs/adr/0017), a service killed with SIGKILL mid-stream, PostgreSQL
 * stopped, a poison message on every consumed topic. Each drill is bounded in time; what it proves is in its name.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultDrillIT {

    private static final List<Service> CONSUMERS = List.of(Service.REPORTING, Service.PRESS_RESPONSE, Service.NOTIFICATION);
    private static final Duration CATCH_UP = Duration.ofSeconds(120);
    private static final String ADMIN = DevTokens.forRole("press-admin");
    /** Every topic some service consumes (docs/asyncapi.yaml); each consuming channel has a dead-letter topic. */
    private static final List<String> CONSUMED_TOPICS = List.of("registry.agencies.v1", "registry.spokespersons.v1",
            "registry.reorganisations.v1", "reporting.events.v1", "press.events.v1", "reporting.calendar.v1");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static Path dataDir;
    private static LocalStack stack;

    @BeforeAll
    static void startStack() throws IOException {
        dataDir = Files.createTempDirectory("pressinfo-fault-drills-");
        stack = SystemTests.startStack(dataDir);
    }

    @AfterAll
    static void stopStack() throws IOException {
        SystemTests.stopStack(stack, dataDir, "fault-drill-logs");
    }

    @Test
    @Order(1)
    void fiftyConcurrentUpdatesWithTheSameETagMakeExactlyOneChange() throws Exception {
        Response created = createAgency("IT-ETAG-" + suffix(), "Sở Tư pháp");
        String id = created.path("id");
        String code = created.path("code");
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String name = "Sở Tư pháp (lần sửa " + i + ")";
            answers.add(pool.submit(() -> {
                start.await();
                return given().baseUri(url(Service.REGISTRY)).auth().oauth2(ADMIN).contentType(ContentType.JSON)
                        .header("If-Match", "\"0\"").body(agencyBody(code, name, "2020-01-01"))
                        .put("/api/v1/agencies/{id}", id).statusCode();
            }));
        }
        start.countDown();
        Map<Integer, Integer> statuses = new LinkedHashMap<>();
        for (Future<Integer> answer : answers) {
            statuses.merge(answer.get(60, TimeUnit.SECONDS), 1, Integer::sum);
        }
        pool.shutdown();
        assertThat(statuses).containsExactlyInAnyOrderEntriesOf(Map.of(200, 1, 412, 49));
        Response now = given().baseUri(url(Service.REGISTRY)).auth().oauth2(ADMIN).get("/api/v1/agencies/{id}", id);
        assertThat(now.header("ETag")).isEqualTo("\"1\"");
        assertThat(now.<String>path("name")).startsWith("Sở Tư pháp (lần sửa ");
        given().baseUri(url(Service.REGISTRY)).auth().oauth2(ADMIN).get("/api/v1/agencies/{id}/history", id)
                .then().statusCode(200).body("items.size()", org.hamcrest.Matchers.equalTo(2));
    }

    @Test
    @Order(2)
    void kafkaStoppedForThirtySecondsUnderWritesLosesAndDoublesNothingAndEveryServiceStaysReady() throws Exception {
        String prefix = "IT-KAFKA-" + suffix() + "-";
        for (Service service : Service.values()) {
            assertThat(status(service, "/q/health/group/kafka")).as("%s: kafka group before the outage", service).isEqualTo(200);
        }
        long outage = System.nanoTime();
        stack.stopKafka();
        // Every 500 ms during the outage: each service's readiness (must stay 200) and its kafka group (must go 503).
        Map<Service, Set<Integer>> readiness = new ConcurrentHashMap<>();
        Set<Service> kafkaGroupDown = ConcurrentHashMap.newKeySet();
        ScheduledExecutorService probes = Executors.newSingleThreadScheduledExecutor();
        probes.scheduleWithFixedDelay(() -> {
            for (Service service : Service.values()) {
                readiness.computeIfAbsent(service, s -> ConcurrentHashMap.newKeySet()).add(status(service, "/q/health/ready"));
                if (status(service, "/q/health/group/kafka") == 503) {
                    kafkaGroupDown.add(service);
                }
            }
        }, 0, 500, TimeUnit.MILLISECONDS);
        // 500 changes while the broker is down: 250 agencies created, each renamed once.
        List<String[]> agencies = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            Response created = createAgency(prefix + i, "Ủy ban nhân dân xã Thử nghiệm " + i);
            agencies.add(new String[] {created.path("id"), created.path("code")});
        }
        for (String[] agency : agencies) {
            given().baseUri(url(Service.REGISTRY)).auth().oauth2(ADMIN).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body(agencyBody(agency[1], "Ủy ban nhân dân phường Thử nghiệm " + agency[1], "2020-01-01"))
                    .put("/api/v1/agencies/{id}", agency[0]).then().statusCode(200);
        }
        assertThat(unsentOutboxRows()).as("events waiting in registry's outbox while Kafka is down").isGreaterThanOrEqualTo(500);
        SystemTests.eventually("registry's backlog metric rises", Duration.ofSeconds(20),
                () -> assertThat(backlogMetric()).isGreaterThanOrEqualTo(500));
        long remaining = Duration.ofSeconds(30).toNanos() - (System.nanoTime() - outage);
        if (remaining > 0) {
            TimeUnit.NANOSECONDS.sleep(remaining); // the drill is "30 s without a broker"
        }
        probes.shutdown();
        assertThat(probes.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        for (Service service : Service.values()) {
            assertThat(readiness.get(service)).as("%s: /q/health/ready answers during the outage", service).containsOnly(200);
        }
        assertThat(kafkaGroupDown).as("services whose kafka group went DOWN during the outage").containsExactlyInAnyOrder(Service.values());
        stack.startKafka();

        SystemTests.eventually("registry's outbox drains", CATCH_UP, () -> assertThat(unsentOutboxRows()).isZero());
        SystemTests.eventually("registry's backlog metric drains", CATCH_UP, () -> assertThat(backlogMetric()).isZero());
        for (Service service : Service.values()) {
            SystemTests.eventually(service + ": kafka group UP after the outage", CATCH_UP,
                    () -> assertThat(status(service, "/q/health/group/kafka")).isEqualTo(200));
        }
        for (Service consumer : CONSUMERS) {
            SystemTests.eventually(consumer + " has every renamed agency", CATCH_UP, () -> assertThat(count(consumer,
                    "SELECT count(*) FROM agency_reference WHERE code LIKE ? AND version = 1 AND name LIKE 'Ủy ban nhân dân phường%'",
                    prefix + "%")).isEqualTo(250));
            // Exactly once: one inbox row per event, none twice.
            assertThat(count(consumer, "SELECT count(*) FROM (SELECT event_id FROM inbox_message GROUP BY consumer, event_id "
                    + "HAVING count(*) > 1) twice", null)).isZero();
        }
    }

    @Test
    @Order(3)
    void aServiceKilledMidStreamKeepsEveryAcknowledgedWriteAndDrainsItsOutbox() throws Exception {
        String prefix = "IT-KILL-" + suffix() + "-";
        List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean writing = new AtomicBoolean(true);
        Thread writer = new Thread(() -> {
            for (int i = 0; i < 2_000 && writing.get(); i++) {
                try {
                    Response r = given().baseUri(url(Service.REGISTRY)).auth().oauth2(ADMIN).contentType(ContentType.JSON)
                            .body(agencyBody(prefix + i, "Sở Xây dựng " + i, "2020-01-01")).post("/api/v1/agencies");
                    if (r.statusCode() == 201) {
                        acknowledged.add(r.path("id"));
                    }
                } catch (Exception e) {
                    // connection refused while the service is down (REST Assured rethrows it unchecked or
                    // not): not acknowledged, so nothing is owed
                }
            }
        }, "drill-writer");
        writer.start();
        SystemTests.eventually("some writes acknowledged", Duration.ofSeconds(30), () -> assertThat(acknowledged).hasSizeGreaterThan(20));
        stack.killService(Service.REGISTRY);
        int beforeRestart = acknowledged.size();
        stack.startService(Service.REGISTRY, Map.of());
        SystemTests.eventually("writes acknowledged after the restart", Duration.ofSeconds(30),
                () -> assertThat(acknowledged).hasSizeGreaterThan(beforeRestart + 20));
        writing.set(false);
        writer.join(30_000);

        List<String> ids = List.copyOf(acknowledged);
        for (String id : ids) {
            given().baseUri(url(Service.REGISTRY)).auth().oauth2(ADMIN).get("/api/v1/agencies/{id}", id).then().statusCode(200);
        }
        SystemTests.eventually("registry's outbox drains after the crash", CATCH_UP, () -> assertThat(unsentOutboxRows()).isZero());
        for (Service consumer : CONSUMERS) {
            SystemTests.eventually(consumer + " has every acknowledged agency", CATCH_UP,
                    () -> assertThat(count(consumer, "SELECT count(*) FROM agency_reference WHERE code LIKE ?", prefix + "%"))
                            .isGreaterThanOrEqualTo(ids.size()));
        }
    }

    @Test
    @Order(4)
    void postgresStoppedMeansNotReadyAnd503ProblemsThenRecovery() throws Exception {
        stack.stopPostgres();
        try {
            SystemTests.eventually("registry reports not ready", Duration.ofSeconds(60), () ->
                    given().baseUri(url(Service.REGISTRY)).get("/q/health/ready").then().statusCode(503));
            for (Service service : Service.values()) {
                Response list = given().baseUri(url(service)).auth().oauth2(ADMIN).get("/api/v1/agencies");
                assertThat(list.statusCode()).as("%s while the database is down", service).isEqualTo(503);
                assertThat(list.contentType()).startsWith("application/problem+json");
            }
            Response write = given().baseUri(url(Service.REGISTRY)).auth().oauth2(ADMIN).contentType(ContentType.JSON)
                    .body(agencyBody("IT-PG-" + suffix(), "Sở Nội vụ", "2020-01-01")).post("/api/v1/agencies");
            assertThat(write.statusCode()).isEqualTo(503);
            assertThat(write.contentType()).startsWith("application/problem+json");
        } finally {
            stack.startPostgres();
        }
        for (Service service : Service.values()) {
            SystemTests.eventually(service + " ready again", Duration.ofSeconds(90), () ->
                    given().baseUri(url(service)).get("/q/health/ready").then().statusCode(200));
            given().baseUri(url(service)).auth().oauth2(ADMIN).get("/api/v1/agencies").then().statusCode(200);
        }
        createAgency("IT-PG-AFTER-" + suffix(), "Sở Nội vụ");
    }

    @Test
    @Order(5)
    void aPoisonMessageOnEachConsumedTopicGoesToItsDlqWithAReasonAndThePartitionKeepsFlowing() throws Exception {
        String marker = "poison-" + suffix();
        for (String topic : CONSUMED_TOPICS) {
            Set<String> groups;
            Map<TopicPartition, Long> poisoned = new HashMap<>();
            try (Admin admin = SystemTests.admin(stack); KafkaProducer<String, String> producer = producer()) {
                groups = groupsConsuming(admin, topic);
                assertThat(groups).as("consumer groups of %s", topic).isNotEmpty();
                int partitions = admin.describeTopics(List.of(topic)).allTopicNames().get(10, TimeUnit.SECONDS).get(topic).partitions().size();
                for (int p = 0; p < partitions; p++) {
                    // Not a CloudEvent: no ce_* headers and a body that is not JSON.
                    RecordMetadata sent = producer.send(new ProducerRecord<>(topic, p, marker, "{not json " + marker)).get(10, TimeUnit.SECONDS);
                    poisoned.put(new TopicPartition(topic, p), sent.offset());
                }
            }
            SystemTests.eventually("every group of " + topic + " moves past the poison", CATCH_UP, () -> {
                try (Admin admin = SystemTests.admin(stack)) {
                    for (String group : groups) {
                        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                                .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
                        poisoned.forEach((tp, offset) -> assertThat(committed.get(tp)).as("%s on %s", group, tp).isNotNull()
                                .extracting(OffsetAndMetadata::offset).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LONG)
                                .isGreaterThan(offset));
                    }
                }
            });
            // One dead letter per consuming group and partition, each saying why.
            List<ConsumerRecord<String, String>> dead = TopicReader.await(stack.kafkaBootstrapServers(), topic + ".dlq",
                    r -> marker.equals(r.key()), groups.size() * poisoned.size(), Duration.ofSeconds(30));
            assertThat(dead).as("%s.dlq records of %s (groups %s)", topic, marker, groups).hasSize(groups.size() * poisoned.size());
            assertThat(dead).allSatisfy(r -> assertThat(TopicReader.header(r, "dead-letter-reason")).isNotBlank());
        }
        // And the flow goes on: a change made now still reaches every consumer.
        String code = "IT-AFTER-POISON-" + suffix();
        String id = createAgency(code, "Sở Tư pháp").path("id");
        for (Service consumer : CONSUMERS) {
            SystemTests.eventually(consumer + " knows the agency created after the poison", CATCH_UP, () ->
                    given().baseUri(url(consumer)).auth().oauth2(ADMIN).get("/api/v1/agencies/{id}", id).then().statusCode(200));
        }
    }

    // ------------------------------------------------------------------ helpers

    /** The consumer groups with a member assigned a partition of {@code topic}. */
    private static Set<String> groupsConsuming(Admin admin, String topic) throws Exception {
        List<String> all = admin.listConsumerGroups().all().get(10, TimeUnit.SECONDS).stream().map(g -> g.groupId()).toList();
        Set<String> consuming = new TreeSet<>();
        admin.describeConsumerGroups(all).all().get(10, TimeUnit.SECONDS).forEach((group, description) -> {
            if (description.members().stream().anyMatch(m -> m.assignment().topicPartitions().stream().anyMatch(tp -> tp.topic().equals(topic)))) {
                consuming.add(group);
            }
        });
        return consuming;
    }

    private static KafkaProducer<String, String> producer() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new KafkaProducer<>(p);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    private static Response createAgency(String code, String name) {
        return given().baseUri(url(Service.REGISTRY)).auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(agencyBody(code, name, "2020-01-01")).post("/api/v1/agencies")
                .then().statusCode(201).extract().response();
    }

    private static Map<String, Object> agencyBody(String code, String name, String validFrom) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", name);
        body.put("type", "DEPARTMENT");
        body.put("validFrom", validFrom);
        return body;
    }

    private static String url(Service service) {
        return stack.baseUrl(service).toString();
    }

    /** The HTTP status of a GET, -1 when the service does not answer within 5 s (bounded: probes run during outages). */
    private static int status(Service service, String path) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url(service)).resolve(path)).timeout(Duration.ofSeconds(5)).GET().build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** {@code pressinfo_outbox_backlog} of registry-service, from its Prometheus text. */
    private static double backlogMetric() {
        String metrics = given().baseUri(url(Service.REGISTRY)).get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith("pressinfo_outbox_backlog")).findFirst()
                .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .orElseThrow(() -> new AssertionError("no pressinfo_outbox_backlog in /q/metrics"));
    }

    private static long unsentOutboxRows() throws SQLException {
        return count(Service.REGISTRY, "SELECT count(*) FROM outbox_event WHERE sent_at IS NULL", null);
    }

    private static long count(Service service, String sql, String parameter) throws SQLException {
        try (Connection db = DriverManager.getConnection(stack.jdbcUrl(service), LocalStack.DB_USER, LocalStack.DB_PASSWORD);
                PreparedStatement st = db.prepareStatement(sql)) {
            if (parameter != null) {
                st.setString(1, parameter);
            }
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
