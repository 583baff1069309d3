package vn.gov.pressinfo.testing.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.inject.spi.CDI;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.gov.pressinfo.events.EventEnvelope;
import vn.gov.pressinfo.events.EventJson;
import vn.gov.pressinfo.events.Events;
import vn.gov.pressinfo.events.Topics;
import vn.gov.pressinfo.events.registry.AgencyRoleChanged;
import vn.gov.pressinfo.events.registry.AgencySnapshot;
import vn.gov.pressinfo.events.registry.AuthorizationGranted;
import vn.gov.pressinfo.events.registry.SpokespersonAppointed;
import vn.gov.pressinfo.testing.DevTokens;
import vn.gov.pressinfo.testing.TopicReader;

/**
 * The agency read model every consuming service keeps, tested through the real broker: events go
 * onto {@code registry.agencies.v1}, the effect is read back over HTTP. Extend in a
 * {@code @QuarkusTest} of each consuming service: {@code @QuarkusTest class AgencyDirectoryTest extends
 * AgencyDirectoryContract {}}.
 */
public abstract class AgencyDirectoryContract {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private KafkaProducer<String, String> producer;

    /** The broker the service under test consumes from. */
    private static String bootstrapServers() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    /** The service's datasource, to count inbox rows. */
    private static DataSource dataSource() {
        return CDI.current().select(DataSource.class).get();
    }

    @BeforeEach
    void openProducer() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producer = new KafkaProducer<>(p);
    }

    @AfterEach
    void closeProducer() {
        producer.close();
    }

    @Test
    void snapshotsBecomeTheReadModelAndNewerVersionsReplaceOlderOnes() throws Exception {
        UUID id = UUID.randomUUID();
        send(snapshot(id, 0, "Sở Thông tin và Truyền thông"));
        awaitName(id, "Sở Thông tin và Truyền thông");
        send(snapshot(id, 1, "Sở Văn hóa, Thể thao và Du lịch"));
        awaitName(id, "Sở Văn hóa, Thể thao và Du lịch");
        // A late, older snapshot changes nothing.
        send(snapshot(id, 0, "Sở Thông tin và Truyền thông"));
        UUID marker = UUID.randomUUID();
        send(snapshot(marker, 0, "Marker"));
        awaitName(marker, "Marker");
        given().auth().oauth2(DevTokens.forRole("auditor")).get("/api/v1/agencies/" + id)
                .then().statusCode(200).body("name", equalTo("Sở Văn hóa, Thể thao và Du lịch")).body("version", equalTo(1));
    }

    @Test
    void aRedeliveredEventHasItsEffectOnce() throws Exception {
        UUID id = UUID.randomUUID();
        AgencySnapshot snapshot = snapshot(id, 0, "Ủy ban nhân dân huyện Phú Quốc");
        EventEnvelope envelope = EventEnvelope.create(Events.AGENCY_CHANGED, "/test", snapshot, snapshot.changedAt());
        send(envelope, snapshot);
        send(envelope, snapshot);
        send(envelope, snapshot);
        UUID marker = UUID.randomUUID();
        send(snapshot(marker, 0, "Marker"));
        awaitName(marker, "Marker");
        assertThat(inboxRows(envelope.id())).isEqualTo(1);
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicAndThePartitionKeepsFlowing() throws Exception {
        String key = UUID.randomUUID().toString();
        producer.send(new ProducerRecord<>(Topics.REGISTRY_AGENCIES, key, "{not json")).get();
        UUID id = UUID.randomUUID();
        send(snapshot(id, 0, "Sau thông điệp hỏng"));
        awaitName(id, "Sau thông điệp hỏng");
        List<ConsumerRecord<String, String>> dead = TopicReader.await(bootstrapServers(), Topics.deadLetter(Topics.REGISTRY_AGENCIES),
                r -> key.equals(r.key()), 1, WAIT);
        assertThat(dead).hasSize(1);
        assertThat(TopicReader.header(dead.get(0), "dead-letter-reason")).isNotBlank();
        // Operators see the dead-letter topic's depth.
        given().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("pressinfo_dlq_messages{topic=\"registry.agencies.v1.dlq\"}"));
    }

    @Test
    void searchIgnoresAccentsAndIsPaged() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        UUID id = UUID.randomUUID();
        send(snapshot(id, 0, "Ủy ban nhân dân tỉnh Kiên Giang " + marker));
        awaitName(id, "Ủy ban nhân dân tỉnh Kiên Giang " + marker);
        given().auth().oauth2(DevTokens.forRole("press-admin")).queryParam("q", "kien giang " + marker).get("/api/v1/agencies")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(id.toString()))
                .body("page", equalTo(0)).body("size", equalTo(20));
        given().get("/api/v1/agencies").then().statusCode(401);
        given().auth().oauth2(DevTokens.forRole("press-admin")).queryParam("size", 0).get("/api/v1/agencies").then().statusCode(400);
    }

    @Test
    void spokespersonEventsTellWhoSpeaksForEachAgency() throws Exception {
        UUID agency = UUID.randomUUID();
        UUID head = UUID.randomUUID();
        UUID appointed = UUID.randomUUID();
        UUID authorization = UUID.randomUUID();
        sendEvent(Events.SPOKESPERSON_APPOINTED, new SpokespersonAppointed(agency, "Sở Y tế", head, "HEAD", "Lê Văn Đức",
                "Giám đốc Sở", "levanduc@kiengiang.gov.vn", "0297 3862 111", LocalDate.of(2020, 1, 1), null, null, Instant.now()));
        sendEvent(Events.SPOKESPERSON_APPOINTED, new SpokespersonAppointed(agency, "Sở Y tế", appointed, "APPOINTED",
                "Nguyễn Thị Thu Hà", "Phó Giám đốc Sở", "nguyenthithuha@kiengiang.gov.vn", "0297 3862 000",
                LocalDate.of(2025, 3, 1), null, head, Instant.now()));
        sendEvent(Events.AUTHORIZATION_GRANTED, new AuthorizationGranted(agency, "Sở Y tế", authorization, "AUTHORIZED",
                "Trần Văn Minh", "Trưởng phòng", "tranvanminh@kiengiang.gov.vn", "0912 345 678", "Phòng, chống dịch",
                LocalDate.of(2026, 6, 1), LocalDate.of(2026, 8, 31), Instant.now()));
        // Redelivery of the appointment changes nothing.
        awaitRow("SELECT count(*) FROM spokesperson_reference WHERE id = '" + authorization + "' AND valid_until = DATE '2026-09-01'");
        sendEvent(Events.SPOKESPERSON_APPOINTED, new SpokespersonAppointed(agency, "Sở Y tế", appointed, "APPOINTED",
                "Nguyễn Thị Thu Hà", "Phó Giám đốc Sở", "nguyenthithuha@kiengiang.gov.vn", "0297 3862 000",
                LocalDate.of(2025, 3, 1), null, head, Instant.now()));
        awaitRow("SELECT count(*) FROM spokesperson_reference WHERE id = '" + head
                + "' AND status = 'SUPERSEDED' AND valid_until = DATE '2025-03-01'");
        awaitRow("SELECT count(*) FROM spokesperson_reference WHERE agency_id = '" + agency
                + "' AND status = 'ACTIVE' AND kind = 'APPOINTED' AND valid_until IS NULL");
        assertThat(count("SELECT count(*) FROM spokesperson_reference WHERE agency_id = '" + agency + "'")).isEqualTo(3);
    }

    @Test
    void aRoleEventReplacesEveryTermOfItsRoleAndAnOlderOneChangesNothing() throws Exception {
        // A role of its own, so the department role other tests publish is left alone.
        String role = "TEST_ROLE_" + UUID.randomUUID().toString().substring(0, 8);
        UUID ict = UUID.randomUUID();
        UUID culture = UUID.randomUUID();
        Instant first = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        AgencyRoleChanged before = new AgencyRoleChanged(role, "Vai trò thử nghiệm", List.of(
                new AgencyRoleChanged.Term(ict, "STTTT", "Sở Thông tin và Truyền thông", LocalDate.of(2020, 1, 1), null, null)),
                "press-admin-user", first);
        sendEvent(Events.AGENCY_ROLE_CHANGED, before);
        awaitRow("SELECT count(*) FROM agency_role_reference WHERE role = '" + role + "' AND valid_to IS NULL AND agency_id = '" + ict + "'");

        // The handover: the same first term, now ended, and the new holder (the case that once failed to replace the term).
        AgencyRoleChanged handover = new AgencyRoleChanged(role, "Vai trò thử nghiệm", List.of(
                new AgencyRoleChanged.Term(ict, "STTTT", "Sở Thông tin và Truyền thông", LocalDate.of(2020, 1, 1), LocalDate.of(2025, 3, 1),
                        null),
                new AgencyRoleChanged.Term(culture, "SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch", LocalDate.of(2025, 3, 1), null,
                        "25/NQ-HĐND")),
                "press-admin-user", first.plusSeconds(1));
        sendEvent(Events.AGENCY_ROLE_CHANGED, handover);
        awaitRow("SELECT count(*) FROM agency_role_reference WHERE role = '" + role + "' AND valid_to IS NULL AND agency_id = '" + culture + "'");

        sendEvent(Events.AGENCY_ROLE_CHANGED, before); // replayed: older than what is stored
        Thread.sleep(1_000);
        assertThat(count("SELECT count(*) FROM agency_role_reference WHERE role = '" + role + "'")).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM agency_role_reference WHERE role = '" + role + "' AND agency_id = '" + ict
                + "' AND valid_to = DATE '2025-03-01'")).isEqualTo(1);
    }

    private <T extends vn.gov.pressinfo.events.EventPayload> void sendEvent(vn.gov.pressinfo.events.EventType<T> type, T payload)
            throws Exception {
        EventEnvelope envelope = EventEnvelope.create(type, "/test", payload, Instant.now());
        ProducerRecord<String, String> record = new ProducerRecord<>(type.topic(), payload.aggregateId(), EventJson.write(payload));
        envelope.toKafkaHeaders().forEach(h -> record.headers().add(new RecordHeader(h.key(), h.value())));
        producer.send(record).get();
    }

    private void awaitRow(String countQuery) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (count(countQuery) == 1) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no row for " + countQuery + " within " + WAIT);
    }

    private int count(String query) throws Exception {
        try (Connection c = dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement(query);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static AgencySnapshot snapshot(UUID id, long version, String name) {
        return new AgencySnapshot(id, version, "C-" + id.toString().substring(0, 6), name, "DEPARTMENT", null, "ACTIVE",
                LocalDate.of(2020, 1, 1), Instant.now());
    }

    private void send(AgencySnapshot snapshot) throws Exception {
        send(EventEnvelope.create(Events.AGENCY_CHANGED, "/test", snapshot, snapshot.changedAt()), snapshot);
    }

    private void send(EventEnvelope envelope, AgencySnapshot snapshot) throws Exception {
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.REGISTRY_AGENCIES, snapshot.aggregateId(),
                EventJson.write(snapshot));
        envelope.toKafkaHeaders().forEach(h -> record.headers().add(new RecordHeader(h.key(), h.value())));
        producer.send(record).get();
    }

    private void awaitName(UUID id, String name) throws InterruptedException {
        String token = DevTokens.forRole("press-admin");
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            var response = given().auth().oauth2(token).get("/api/v1/agencies/" + id);
            if (response.statusCode() == 200 && name.equals(response.path("name"))) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("agency " + id + " did not become '" + name + "' within " + WAIT);
    }

    private int inboxRows(String eventId) throws Exception {
        try (Connection c = dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM inbox_message WHERE event_id = ?")) {
            ps.setString(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

}
