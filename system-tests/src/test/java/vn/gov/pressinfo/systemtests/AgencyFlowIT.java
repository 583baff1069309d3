package vn.gov.pressinfo.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
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
 * An agency created and renamed in registry-service reaches the read model of every other service through
 * the outbox and Kafka; a consumer that re-reads the whole topic under a new group id changes nothing twice; a report
 * request past its deadline in reporting-service becomes one email to the agency's spokesperson (GreenMail) and one
 * signed webhook from notification-service; and every topic replayed from offset 0 to every consumer group changes
 * nothing and sends nothing twice.
 * Runs the packaged services (target/quarkus-app) as separate processes against real PostgreSQL and Kafka.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AgencyFlowIT {

    private static final String TOPIC = "registry.agencies.v1";
    private static final String REPORTING_CONSUMER = "reporting-service.agency-directory";
    private static final List<Service> CONSUMERS = List.of(Service.REPORTING, Service.PRESS_RESPONSE, Service.NOTIFICATION);
    private static final String NEW_NAME = "Sở Văn hóa, Thể thao và Du lịch";
    private static final Duration PROPAGATION = Duration.ofSeconds(30);

    private static final String ADMIN = DevTokens.forRole("press-admin");
    private static final String MONITOR = DevTokens.forRole("press-monitor");

    private static Path dataDir;
    private static LocalStack stack;
    private static UUID agencyId;
    /** The spokesperson who received the overdue notice in test 3. */
    private static String overdueMailbox;

    @BeforeAll
    static void startStack() throws IOException {
        dataDir = Files.createTempDirectory("pressinfo-system-tests-");
        stack = SystemTests.startStack(dataDir, builder -> builder.mail(true)
                .env(Service.REPORTING, "PRESSINFO_REPORTING_DEADLINES_CHECK", "2s"));
    }

    @AfterAll
    static void stopStack() throws IOException {
        SystemTests.stopStack(stack, dataDir, "local-stack-logs");
    }

    @Test
    @Order(1)
    void renamedAgencyReachesEveryService() {
        Response created = createAgency("Sở Thông tin và Truyền thông");
        agencyId = UUID.fromString(created.path("id"));
        assertThat(created.header("ETag")).isEqualTo("\"0\"");

        Map<String, Object> rename = agencyBody(created.path("code"), NEW_NAME, "2025-03-01");
        rename.put("note", "Hợp nhất theo Nghị quyết của HĐND tỉnh");
        given().baseUri(url(Service.REGISTRY)).auth().oauth2(ADMIN)
                .contentType(ContentType.JSON).header("If-Match", created.header("ETag")).body(rename)
                .when().put("/api/v1/agencies/{id}", agencyId)
                .then().statusCode(200).header("ETag", "\"1\"");

        for (Service service : CONSUMERS) {
            SystemTests.eventually(service + " shows the renamed agency", PROPAGATION, () -> {
                Response view = given().baseUri(url(service)).auth().oauth2(MONITOR)
                        .when().get("/api/v1/agencies/{id}", agencyId);
                assertThat(view.statusCode()).as("status from %s", service).isEqualTo(200);
                assertThat(view.<String>path("name")).isEqualTo(NEW_NAME);
                assertThat(view.<Integer>path("version")).isEqualTo(1);
            });
        }
    }

    @Test
    @Order(2)
    void newConsumerGroupReplaysTheTopicWithoutDuplicateEffects() throws Exception {
        assertThat(agencyId).as("agency from the first test").isNotNull();
        Map<String, Timestamp> inboxBefore = inboxRows();
        Timestamp receivedBefore = receivedAt(agencyId);
        assertThat(inboxBefore).isNotEmpty();

        // A new group id has no committed offsets: with auto.offset.reset=earliest it reads the topic from 0.
        String group = "reporting-service-replay-" + UUID.randomUUID();
        stack.restartService(Service.REPORTING, Map.of("MP_MESSAGING_INCOMING_REGISTRY_AGENCIES_GROUP_ID", group));

        UUID marker = UUID.fromString(createAgency("Ban Quản lý Khu kinh tế Phú Quốc").path("id"));
        SystemTests.eventually("reporting-service shows the agency created after its restart", PROPAGATION, () ->
                given().baseUri(url(Service.REPORTING)).auth().oauth2(MONITOR)
                        .when().get("/api/v1/agencies/{id}", marker)
                        .then().statusCode(200));
        Map<TopicPartition, Long> end = endOffsets();
        SystemTests.eventually("the new group has consumed every partition to its end", PROPAGATION,
                () -> assertThat(committedOffsets(group)).isEqualTo(end));

        Set<String> eventIds = TopicReader.await(stack.kafkaBootstrapServers(), TOPIC, r -> true,
                        (int) end.values().stream().mapToLong(Long::longValue).sum(), Duration.ofSeconds(20))
                .stream().map(r -> TopicReader.header(r, "ce_id")).collect(Collectors.toSet());
        assertThat(eventIds).hasSize(3); // agency v0, agency v1, marker v0

        try (Connection db = reportingDb()) {
            Map<String, Long> rowsPerEvent = new HashMap<>();
            try (PreparedStatement st = db.prepareStatement(
                    "SELECT event_id, count(*) FROM inbox_message WHERE consumer = ? GROUP BY event_id")) {
                st.setString(1, REPORTING_CONSUMER);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        rowsPerEvent.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
            assertThat(rowsPerEvent.keySet()).containsExactlyInAnyOrderElementsOf(eventIds);
            assertThat(rowsPerEvent.values()).containsOnly(1L);

            try (PreparedStatement st = db.prepareStatement("SELECT version, name FROM agency_reference WHERE id = ?")) {
                st.setObject(1, agencyId);
                try (ResultSet rs = st.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getLong("version")).isEqualTo(1);
                    assertThat(rs.getString("name")).isEqualTo(NEW_NAME);
                    assertThat(rs.next()).as("a second row for the agency").isFalse();
                }
            }
        }
        // The replayed events were recognised and skipped, not handled again.
        Map<String, Timestamp> inboxAfter = inboxRows();
        assertThat(inboxAfter).containsAllEntriesOf(inboxBefore).hasSize(inboxBefore.size() + 1);
        assertThat(receivedAt(agencyId)).isEqualTo(receivedBefore);
    }

    @Test
    @Order(3)
    void reportOverdueReachesTheSpokespersonByEmailAndSubscribersBySignedWebhook() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String spokesperson = "phatngon-" + marker + "@kiengiang.gov.vn";
        overdueMailbox = spokesperson;
        String secret = "bi-mat-chia-se-" + marker;
        String reference = "IT-" + marker + "/STTTT-TTBCXB";
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            given().baseUri(url(Service.NOTIFICATION)).auth().oauth2(ADMIN).contentType(ContentType.JSON)
                    .body(Map.of("url", receiver.url(), "eventTypes", List.of("vn.gov.pressinfo.reporting.ReportOverdue.v1"),
                            "secret", secret, "description", "Cổng dịch vụ công (kiểm thử)"))
                    .when().post("/api/v1/subscriptions").then().statusCode(201);

            UUID agency = UUID.fromString(createAgency("Sở Y tế " + marker).path("id"));
            Map<String, Object> appointment = new LinkedHashMap<>();
            appointment.put("fullName", "Nguyễn Thị Thu Hà");
            appointment.put("title", "Phó Giám đốc Sở");
            appointment.put("phone", "0297 3862 000");
            appointment.put("email", spokesperson);
            appointment.put("kind", "APPOINTED");
            appointment.put("document", Map.of("number", "125/QĐ-UBND", "date", "2025-02-25", "signer", "Chủ tịch UBND tỉnh"));
            appointment.put("validFrom", "2025-03-01");
            given().baseUri(url(Service.REGISTRY)).auth().oauth2(ADMIN).contentType(ContentType.JSON).body(appointment)
                    .when().post("/api/v1/agencies/{id}/spokespersons", agency).then().statusCode(201);
            SystemTests.eventually("reporting-service knows the agency", PROPAGATION, () -> given().baseUri(url(Service.REPORTING))
                    .auth().oauth2(MONITOR).when().get("/api/v1/agencies/{id}", agency).then().statusCode(200));
            SystemTests.eventually("notification-service knows the spokesperson", PROPAGATION,
                    () -> assertThat(count(Service.NOTIFICATION, "SELECT count(*) FROM spokesperson_reference WHERE email = ?", spokesperson))
                            .isEqualTo(1));

            LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
            Map<String, Object> request = new LinkedHashMap<>();
            request.put("reference", reference);
            request.put("issuedOn", today.minusDays(20).toString());
            request.put("subject", "Báo cáo kết quả thực hiện Chỉ thị 06 về công tác phát ngôn");
            request.put("dueDate", today.minusDays(2).toString());
            request.put("indicators", List.of(Map.of("key", "pressConferences", "label", "Số cuộc họp báo", "type", "INTEGER", "required", true)));
            request.put("targets", Map.of("agencyIds", List.of(agency)));
            String requestId = given().baseUri(url(Service.REPORTING)).auth().oauth2(ADMIN).contentType(ContentType.JSON).body(request)
                    .when().post("/api/v1/report-requests").then().statusCode(201).extract().path("id");

            // The due-notice job (every 2 s here) marks it overdue; the spokesperson gets one email, the subscriber one signed POST.
            SystemTests.eventually("the overdue notice in the spokesperson's mailbox", Duration.ofSeconds(60), () ->
                    assertThat(overdueSubjects(spokesperson)).containsExactly("[PressInfo] Quá hạn gửi báo cáo: " + reference));
            SystemTests.eventually("the signed webhook", Duration.ofSeconds(60), () -> assertThat(receiver.received()).hasSize(1));
            WebhookReceiver.Delivery hook = receiver.received().get(0);
            String signature = hook.header("X-PressInfo-Signature");
            assertThat(signature).matches("t=\\d+,v1=[0-9a-f]{64}");
            String t = signature.substring(2, signature.indexOf(','));
            assertThat(signature.substring(signature.indexOf("v1=") + 3)).isEqualTo(hmac(secret, t + "." + hook.body()));
            assertThat(hook.body()).contains("ReportOverdue").contains(requestId).contains(reference);

            // Nothing doubles: a few more due-notice scans later, still one email and one webhook.
            Thread.sleep(6_000);
            assertThat(overdueSubjects(spokesperson)).hasSize(1);
            assertThat(receiver.received()).hasSize(1);
        }
    }

    @Test
    @Order(4)
    void everyTopicReplayedFromOffsetZeroChangesNothingAndSendsNothingTwice() throws Exception {
        assertThat(overdueMailbox).as("test 3 ran first").isNotNull();
        // The services' consumer groups (those with members now; test 2's one-off group has none since its restart).
        Set<String> live;
        try (Admin admin = SystemTests.admin(stack)) {
            List<String> groups = admin.listConsumerGroups().all().get(10, TimeUnit.SECONDS).stream().map(g -> g.groupId()).toList();
            live = admin.describeConsumerGroups(groups).all().get(10, TimeUnit.SECONDS).entrySet().stream()
                    .filter(e -> !e.getValue().members().isEmpty()).map(Map.Entry::getKey).collect(Collectors.toSet());
        }
        // Quiet first: every event written is sent and consumed, so that what follows the restart can only be the replay.
        SystemTests.eventually("outboxes drained and every group at the end of its topics", Duration.ofSeconds(60), () -> {
            for (Service service : List.of(Service.REGISTRY, Service.REPORTING, Service.PRESS_RESPONSE)) { // notification publishes nothing
                assertThat(count(service, "SELECT count(*) FROM outbox_event WHERE sent_at IS NULL")).as("unsent in %s", service).isZero();
            }
            try (Admin admin = SystemTests.admin(stack)) {
                // Only the partitions a group's members read now: a group may keep old offsets of a topic it no longer reads
                // (reporting-service's agency channel moved to test 2's replay group).
                var descriptions = admin.describeConsumerGroups(List.copyOf(live)).all().get(10, TimeUnit.SECONDS);
                for (String group : live) {
                    Set<TopicPartition> assigned = descriptions.get(group).members().stream()
                            .flatMap(m -> m.assignment().topicPartitions().stream()).collect(Collectors.toSet());
                    Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                            .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
                    Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                    assigned.forEach(tp -> latest.put(tp, OffsetSpec.latest()));
                    var end = admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS);
                    assigned.forEach(tp -> assertThat(committed.containsKey(tp) ? committed.get(tp).offset() : 0L)
                            .as("%s on %s", group, tp).isEqualTo(end.get(tp).offset()));
                }
            }
        });
        // Every one of them back to offset 0 (a group must be empty for that: the services are stopped).
        for (Service service : Service.values()) {
            stack.stopService(service);
        }
        Map<Service, Long> processed = new HashMap<>();
        for (Service consumer : CONSUMERS) {
            processed.put(consumer, count(consumer, "SELECT count(*) FROM inbox_message"));
        }
        long deliveries = count(Service.NOTIFICATION, "SELECT count(*) FROM delivery");
        long inboxItems = count(Service.NOTIFICATION, "SELECT count(*) FROM inbox_item");
        long assignmentsNoticed = count(Service.REPORTING, "SELECT count(*) FROM assignment WHERE overdue_noticed_at IS NOT NULL");

        Map<String, Map<TopicPartition, OffsetAndMetadata>> rewound = new HashMap<>();
        SystemTests.eventually("every consumer group rewound to offset 0", Duration.ofSeconds(60), () -> {
            try (Admin admin = SystemTests.admin(stack)) {
                for (String group : live) {
                    Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                            .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
                    if (rewound.containsKey(group)) {
                        continue;
                    }
                    Map<TopicPartition, OffsetAndMetadata> zero = new HashMap<>();
                    committed.keySet().forEach(tp -> zero.put(tp, new OffsetAndMetadata(0)));
                    if (!zero.isEmpty()) {
                        admin.alterConsumerGroupOffsets(group, zero).all().get(10, TimeUnit.SECONDS);
                    }
                    rewound.put(group, committed);
                }
            }
        });
        assertThat(rewound.keySet()).as("consumer groups rewound").isEqualTo(live).hasSizeGreaterThanOrEqualTo(CONSUMERS.size());
        for (Service service : Service.values()) {
            stack.startService(service, Map.of());
        }
        // Caught up: every rewound group the restarted services use again is back where it was, having re-read everything.
        // (Test 2's replay group was live until now but is not used by the restarted reporting-service: it stays behind.)
        SystemTests.eventually("every group re-read its topics", Duration.ofSeconds(180), () -> {
            try (Admin admin = SystemTests.admin(stack)) {
                Set<String> back = admin.describeConsumerGroups(List.copyOf(rewound.keySet())).all().get(10, TimeUnit.SECONDS).entrySet()
                        .stream().filter(e -> !e.getValue().members().isEmpty()).map(Map.Entry::getKey).collect(Collectors.toSet());
                assertThat(back).as("rewound groups in use again").hasSizeGreaterThanOrEqualTo(CONSUMERS.size());
                for (String group : back) {
                    Map<TopicPartition, OffsetAndMetadata> now = admin.listConsumerGroupOffsets(group)
                            .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
                    rewound.get(group).forEach((tp, before) -> assertThat(now.get(tp)).as("%s on %s", group, tp).isNotNull()
                            .extracting(OffsetAndMetadata::offset).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LONG)
                            .isGreaterThanOrEqualTo(before.offset()));
                }
            }
        });
        Thread.sleep(5_000); // let any (wrong) second effect of the last records land before looking

        for (Service consumer : CONSUMERS) {
            assertThat(count(consumer, "SELECT count(*) FROM inbox_message")).as("events %s processed", consumer)
                    .isEqualTo(processed.get(consumer));
        }
        assertThat(count(Service.NOTIFICATION, "SELECT count(*) FROM delivery")).as("deliveries (email, webhook, inbox)").isEqualTo(deliveries);
        assertThat(count(Service.NOTIFICATION, "SELECT count(*) FROM inbox_item")).as("in-app items").isEqualTo(inboxItems);
        assertThat(count(Service.REPORTING, "SELECT count(*) FROM assignment WHERE overdue_noticed_at IS NOT NULL")).isEqualTo(assignmentsNoticed);
        assertThat(overdueSubjects(overdueMailbox)).as("overdue emails to %s", overdueMailbox).hasSize(1);
    }

    // ------------------------------------------------------------------ helpers

    /** The overdue notices in a mailbox (the spokesperson also gets the request itself, "Yêu cầu báo cáo: …"). */
    private static List<String> overdueSubjects(String address) {
        return given().baseUri(stack.mailApiUrl().toString()).when().get("/api/user/{address}/messages/INBOX", address)
                .then().statusCode(200).extract().jsonPath().getList("subject", String.class).stream()
                .filter(subject -> subject.contains("Quá hạn gửi báo cáo")).toList();
    }

    private static long count(Service service, String sql) throws SQLException {
        try (Connection db = DriverManager.getConnection(stack.jdbcUrl(service), LocalStack.DB_USER, LocalStack.DB_PASSWORD);
                PreparedStatement st = db.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long count(Service service, String sql, String parameter) throws SQLException {
        try (Connection db = DriverManager.getConnection(stack.jdbcUrl(service), LocalStack.DB_USER, LocalStack.DB_PASSWORD);
                PreparedStatement st = db.prepareStatement(sql)) {
            st.setString(1, parameter);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String hmac(String secret, String message) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    }

    private static Response createAgency(String name) {
        String code = "IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        return given().baseUri(url(Service.REGISTRY)).auth().oauth2(ADMIN)
                .contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(agencyBody(code, name, "2020-01-01"))
                .when().post("/api/v1/agencies")
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

    private static Connection reportingDb() throws SQLException {
        return DriverManager.getConnection(stack.jdbcUrl(Service.REPORTING), LocalStack.DB_USER, LocalStack.DB_PASSWORD);
    }

    private static Map<String, Timestamp> inboxRows() throws SQLException {
        Map<String, Timestamp> rows = new HashMap<>();
        try (Connection db = reportingDb();
                PreparedStatement st = db.prepareStatement("SELECT event_id, processed_at FROM inbox_message WHERE consumer = ?")) {
            st.setString(1, REPORTING_CONSUMER);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getString(1), rs.getTimestamp(2));
                }
            }
        }
        return rows;
    }

    private static Timestamp receivedAt(UUID id) throws SQLException {
        try (Connection db = reportingDb();
                PreparedStatement st = db.prepareStatement("SELECT received_at FROM agency_reference WHERE id = ?")) {
            st.setObject(1, id);
            try (ResultSet rs = st.executeQuery()) {
                assertThat(rs.next()).as("agency %s in reporting's agency_reference", id).isTrue();
                return rs.getTimestamp(1);
            }
        }
    }

    private static Map<TopicPartition, Long> endOffsets() throws Exception {
        try (Admin admin = SystemTests.admin(stack)) {
            int partitions = admin.describeTopics(List.of(TOPIC)).allTopicNames().get(10, TimeUnit.SECONDS).get(TOPIC).partitions().size();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (int p = 0; p < partitions; p++) {
                latest.put(new TopicPartition(TOPIC, p), OffsetSpec.latest());
            }
            return admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS).entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
        }
    }

    /** Committed offsets of {@code group} on the topic; partitions it never committed count as 0. */
    private static Map<TopicPartition, Long> committedOffsets(String group) throws Exception {
        try (Admin admin = SystemTests.admin(stack)) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
                    .get(10, TimeUnit.SECONDS);
            Map<TopicPartition, Long> offsets = new HashMap<>();
            for (TopicPartition tp : endOffsets().keySet()) {
                OffsetAndMetadata o = committed.get(tp);
                offsets.put(tp, o == null ? 0L : o.offset());
            }
            return offsets;
        }
    }
}
