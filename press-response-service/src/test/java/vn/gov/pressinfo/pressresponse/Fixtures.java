package vn.gov.pressinfo.pressresponse;

import static io.restassured.RestAssured.given;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import vn.gov.pressinfo.events.EventEnvelope;
import vn.gov.pressinfo.events.EventJson;
import vn.gov.pressinfo.events.EventPayload;
import vn.gov.pressinfo.events.EventType;
import vn.gov.pressinfo.events.Events;
import vn.gov.pressinfo.events.Topics;
import vn.gov.pressinfo.events.registry.AgencyReorganized;
import vn.gov.pressinfo.events.registry.AgencyRoleChanged;
import vn.gov.pressinfo.events.registry.AgencySnapshot;
import vn.gov.pressinfo.events.registry.PressCardChanged;
import vn.gov.pressinfo.events.registry.SpokespersonAppointed;
import vn.gov.pressinfo.events.reporting.CalendarDayChanged;
import vn.gov.pressinfo.testing.DevTokens;
import vn.gov.pressinfo.testing.TopicReader;

/**
 * Requests, bodies and registry events shared by this service's tests. Agencies and spokespersons reach the
 * service the way they do in production: as registry events on the real broker.
 */
public final class Fixtures {

    public static final Duration WAIT = Duration.ofSeconds(20);
    private static KafkaProducer<String, String> producer;

    private Fixtures() {
    }

    public static RequestSpecification as(String role) {
        return given().auth().oauth2(DevTokens.forRole(role)).contentType(ContentType.JSON);
    }

    public static RequestSpecification admin() {
        return as("press-admin");
    }

    public static RequestSpecification monitor() {
        return as("press-monitor");
    }

    public static RequestSpecification officerOf(String agencyId) {
        return given().auth().oauth2(DevTokens.agencyOfficer(UUID.fromString(agencyId))).contentType(ContentType.JSON);
    }

    /** An agency officer known by email (so the spokesperson directory can recognise them). */
    public static RequestSpecification person(String email, String agencyId) {
        return given().auth().oauth2(DevTokens.token(email, List.of("agency-officer"), UUID.fromString(agencyId), Duration.ofMinutes(30)))
                .contentType(ContentType.JSON);
    }

    public static String marker() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    public static String bootstrapServers() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    /** Publishes an agency snapshot as registry would and waits until the read model has it; returns its id. */
    public static String agency(String name) {
        UUID id = UUID.randomUUID();
        AgencySnapshot snapshot = new AgencySnapshot(id, 0, "T-" + id.toString().substring(0, 6), name, "DEPARTMENT", null, "ACTIVE",
                LocalDate.of(2020, 1, 1), Instant.now());
        send(Events.AGENCY_CHANGED, snapshot);
        awaitCount("SELECT count(*) FROM agency_reference WHERE id = '" + id + "'");
        return id.toString();
    }

    /** Publishes an agency snapshot with a chosen id (version 0) and waits until the read model has it. */
    public static String agency(UUID id, String name) {
        send(Events.AGENCY_CHANGED, new AgencySnapshot(id, 0, "T-" + id.toString().substring(0, 6), name, "DEPARTMENT", null, "ACTIVE",
                LocalDate.of(2008, 3, 1), Instant.now()));
        awaitCount("SELECT count(*) FROM agency_reference WHERE id = '" + id + "'");
        return id.toString();
    }

    /**
     * Publishes an agency snapshot with a chosen id, code, name, type (e.g. PROVINCE, DEPARTMENT) and parent (may be null)
     * and waits until the read model has it.
     */
    public static String agency(UUID id, String code, String name, String type, UUID parentId) {
        send(Events.AGENCY_CHANGED, new AgencySnapshot(id, 0, code, name, type, parentId, "ACTIVE", LocalDate.of(2008, 3, 1),
                Instant.now()));
        awaitCount("SELECT count(*) FROM agency_reference WHERE id = '" + id + "'");
        return id.toString();
    }

    /** The press management department until 2025-02-28 (in the test role of {@link #departmentRole()}). */
    public static final UUID DEPARTMENT_TTTT = UUID.fromString("0d3c7a5e-2008-4301-8c1e-000000000001");
    public static final String DEPARTMENT_TTTT_NAME = "Sở Thông tin và Truyền thông tỉnh Kiên Giang";
    /** The press management department from 2025-03-01. */
    public static final UUID DEPARTMENT_VHTT = UUID.fromString("0d3c7a5e-2025-4301-8c1e-000000000002");
    public static final String DEPARTMENT_VHTT_NAME = "Sở Văn hóa và Thể thao tỉnh Kiên Giang";
    private static boolean departmentRolePublished;

    /**
     * Publishes, once per test run, the PRESS_MANAGEMENT_DEPARTMENT role as registry would (AgencyRoleChanged on the agency
     * topic) with its two terms: Sở TTTT from 2008-03-01 to 2025-02-28, Sở VHTT from 2025-03-01; and waits until the read
     * model has both. Rebuttal letters are copied to the holder of the day they are sent; returned work goes to it.
     */
    public static synchronized void departmentRole() {
        if (departmentRolePublished) {
            return;
        }
        agency(DEPARTMENT_TTTT, DEPARTMENT_TTTT_NAME);
        agency(DEPARTMENT_VHTT, DEPARTMENT_VHTT_NAME);
        Instant changedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        send(Events.AGENCY_ROLE_CHANGED, new AgencyRoleChanged(AgencyRoleChanged.PRESS_MANAGEMENT_DEPARTMENT,
                "Cơ quan quản lý nhà nước về báo chí của tỉnh", List.of(
                        new AgencyRoleChanged.Term(DEPARTMENT_TTTT, "STTTT", DEPARTMENT_TTTT_NAME, LocalDate.of(2008, 3, 1),
                                LocalDate.of(2025, 3, 1), "Quyết định 12/QĐ-UBND"),
                        new AgencyRoleChanged.Term(DEPARTMENT_VHTT, "SVHTT", DEPARTMENT_VHTT_NAME, LocalDate.of(2025, 3, 1), null,
                                "Quyết định 345/QĐ-UBND")),
                "press-admin-user", changedAt));
        awaitCount("SELECT count(*) / 2 FROM agency_role_reference WHERE role = 'PRESS_MANAGEMENT_DEPARTMENT' AND changed_at = '"
                + changedAt + "'");
        departmentRolePublished = true;
    }

    /**
     * Publishes a reorganisation as registry would (a new event id each call) and waits until this service has handled it;
     * returns the envelope.
     */
    public static EventEnvelope reorganise(AgencyReorganized event) {
        EventEnvelope envelope = send(Events.AGENCY_REORGANIZED, event);
        awaitCount("SELECT count(*) FROM inbox_message WHERE event_id = '" + envelope.id() + "'");
        return envelope;
    }

    /** Publishes the appointment of the agency's spokesperson and waits until the read model has it. */
    public static void appointSpokesperson(String agencyId, String email) {
        appointSpokesperson(agencyId, email, LocalDate.of(2025, 3, 1));
    }

    /** Publishes the appointment of the agency's spokesperson from {@code from} and waits until the read model has it. */
    public static void appointSpokesperson(String agencyId, String email, LocalDate from) {
        UUID person = UUID.randomUUID();
        send(Events.SPOKESPERSON_APPOINTED, new SpokespersonAppointed(UUID.fromString(agencyId), "Sở Y tế", person, "APPOINTED",
                "Nguyễn Thị Thu Hà", "Phó Giám đốc Sở", email, "0297 3862 000", from, null, null, Instant.now()));
        awaitCount("SELECT count(*) FROM spokesperson_reference WHERE id = '" + person + "'");
    }

    /** Publishes the appointment of a named spokesperson with a title from {@code from} and waits until the read model has it. */
    public static void appointSpokesperson(String agencyId, String email, LocalDate from, String fullName, String title) {
        UUID person = UUID.randomUUID();
        send(Events.SPOKESPERSON_APPOINTED, new SpokespersonAppointed(UUID.fromString(agencyId), "Cơ quan", person, "APPOINTED",
                fullName, title, email, "0297 3862 000", from, null, null, Instant.now()));
        awaitCount("SELECT count(*) FROM spokesperson_reference WHERE id = '" + person + "'");
    }

    /**
     * Publishes a PressCardChanged as registry would and waits until the read model shows this change of the card
     * (its changedAt); returns the event. {@code statusReason} may be null (an ACTIVE card).
     */
    public static PressCardChanged pressCard(String number, UUID pressAgencyId, LocalDate validUntil, String status, String statusReason,
            Instant changedAt) {
        PressCardChanged event = new PressCardChanged(number, "Lê Minh Tâm", pressAgencyId, "Báo Kiên Giang", validUntil, status,
                statusReason, "press-admin-user", changedAt);
        send(Events.PRESS_CARD_CHANGED, event);
        awaitCount("SELECT count(*) FROM press_card_reference WHERE number = '" + number.replace("'", "''") + "' AND status = '" + status
                + "' AND changed_at = '" + changedAt + "'");
        return event;
    }

    /**
     * Publishes the state of one calendar day as reporting-service would (changed now) and waits until the read model
     * has it. {@code kind}: DAY_OFF, WORKING_DAY or ORDINARY.
     */
    public static CalendarDayChanged calendarDay(LocalDate day, String kind) {
        return calendarDay(day, kind, Instant.now().truncatedTo(ChronoUnit.MICROS));
    }

    /** Publishes the state of one calendar day as recorded at {@code changedAt} and waits until the consumer has handled it. */
    public static CalendarDayChanged calendarDay(LocalDate day, String kind, Instant changedAt) {
        boolean ordinary = "ORDINARY".equals(kind);
        CalendarDayChanged change = new CalendarDayChanged(day, kind, ordinary ? null : "Ngày thử nghiệm " + kind,
                ordinary ? null : "Thông báo thử nghiệm", "press-admin-user", changedAt);
        EventEnvelope envelope = send(Events.CALENDAR_DAY_CHANGED, change);
        awaitCount("SELECT count(*) FROM inbox_message WHERE event_id = '" + envelope.id() + "'");
        return change;
    }

    private static boolean calendar2026Published;

    /**
     * The weekday days off of 2026 that reporting-service ships (Tết Bính Ngọ 16–20 Feb, Hùng Kings' day compensated
     * on 27 Apr, 30/4, 1/5, National Day 1–2 Sep), published once per test run: this service's tests run without
     * reporting-service, and tests dated in 2026 count working days over these.
     */
    public static synchronized void calendar2026() {
        if (calendar2026Published) {
            return;
        }
        for (String day : List.of("2026-01-01", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20",
                "2026-04-27", "2026-04-30", "2026-05-01", "2026-09-01", "2026-09-02")) {
            calendarDay(LocalDate.parse(day), "DAY_OFF");
        }
        calendar2026Published = true;
    }

    public static Map<String, Object> item(String agencyId, String url) {
        Map<String, Object> body = new HashMap<>();
        body.put("outletName", "Báo Điện tử ABC");
        body.put("medium", "ONLINE");
        body.put("url", url);
        body.put("title", "Phát hiện ổ dịch lạ tại Rạch Giá");
        body.put("publishedAt", "2026-01-05T23:10:00Z");
        body.put("excerpt", "Bài viết cho rằng đã có 50 ca tử vong do dịch lạ.");
        body.put("concernedAgencyId", agencyId);
        body.put("topic", "HEALTH");
        body.put("sensitivity", "HOT");
        body.put("source", "MONITORING");
        return body;
    }

    public static String uniqueUrl() {
        return "https://baoabc.vn/tin-" + UUID.randomUUID() + ".html";
    }

    /** Registers an item and returns the case id. */
    public static String register(Map<String, Object> body) {
        return monitor().body(body).post("/api/v1/press-items").then().statusCode(201).extract().path("id");
    }

    /** Registers, assigns, starts verification and records {@code verdict}; returns the case id. */
    public static String verdict(String agencyId, String verdict) {
        return verdict(item(agencyId, uniqueUrl()), verdict);
    }

    public static String verdict(Map<String, Object> item, String verdict) {
        String id = register(item);
        monitor().body(Map.of()).post("/api/v1/press-items/" + id + "/assignment").then().statusCode(200);
        monitor().body(Map.of("note", "Xác minh")).post("/api/v1/press-items/" + id + "/verification").then().statusCode(200);
        monitor().body(Map.of("verdict", verdict, "reasoning", "Sở Y tế xác nhận không có ca tử vong nào.",
                "evidenceLinks", List.of("https://soyte.kiengiang.gov.vn/thong-bao-123")))
                .post("/api/v1/press-items/" + id + "/verdict").then().statusCode(200);
        return id;
    }

    public static List<ConsumerRecord<String, String>> events(String caseId, String type, int count, Duration wait) {
        return TopicReader.await(bootstrapServers(), Topics.PRESS_EVENTS,
                r -> caseId.equals(r.key()) && ("vn.gov.pressinfo.press." + type + ".v1").equals(TopicReader.header(r, "ce_type")),
                count, wait);
    }

    /** Publishes an event as its producing service would (CloudEvents headers, JSON value); returns its envelope. */
    public static synchronized <T extends EventPayload> EventEnvelope send(EventType<T> type, T payload) {
        if (producer == null) {
            Properties p = new Properties();
            p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
            p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            producer = new KafkaProducer<>(p);
        }
        EventEnvelope envelope = EventEnvelope.create(type, "/test", payload, Instant.now());
        ProducerRecord<String, String> record = new ProducerRecord<>(type.topic(), payload.aggregateId(), EventJson.write(payload));
        envelope.toKafkaHeaders().forEach(h -> record.headers().add(new RecordHeader(h.key(), h.value())));
        try {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish a test event", e);
        }
        return envelope;
    }

    public static long count(String query) {
        try (Connection c = CDI.current().select(DataSource.class).get().getConnection();
                PreparedStatement ps = c.prepareStatement(query);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitCount(String query) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (count(query) == 1) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("no row for " + query + " within " + WAIT);
    }
}
