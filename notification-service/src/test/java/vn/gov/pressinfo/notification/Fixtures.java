package vn.gov.pressinfo.notification;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Properties;
import java.util.UUID;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jakarta.enterprise.inject.spi.CDI;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

import vn.gov.pressinfo.events.EventEnvelope;
import vn.gov.pressinfo.events.EventJson;
import vn.gov.pressinfo.events.EventPayload;
import vn.gov.pressinfo.events.EventType;
import vn.gov.pressinfo.events.Events;
import vn.gov.pressinfo.events.press.FalseInfoFlagged;
import vn.gov.pressinfo.events.registry.AgencyRoleChanged;
import vn.gov.pressinfo.events.registry.AgencySnapshot;
import vn.gov.pressinfo.events.registry.SpokespersonAppointed;
import vn.gov.pressinfo.events.reporting.ReportOverdue;

/** Publishes events as the other services' outbox relays do (CloudEvents binary mode) and waits for their effects. */
public final class Fixtures {

    public static final Duration WAIT = Duration.ofSeconds(30);
    private static KafkaProducer<String, String> producer;

    private Fixtures() {
    }

    public static synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            Properties p = new Properties();
            p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
            p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
            producer = new KafkaProducer<>(p);
        }
        return producer;
    }

    public static <T extends EventPayload> EventEnvelope publish(EventType<T> type, T payload) {
        EventEnvelope envelope = EventEnvelope.create(type, "/pressinfo/test", payload, Instant.now());
        publish(envelope, type, payload);
        return envelope;
    }

    public static <T extends EventPayload> void publish(EventEnvelope envelope, EventType<T> type, T payload) {
        ProducerRecord<String, String> record = new ProducerRecord<>(type.topic(), payload.aggregateId(), EventJson.write(payload));
        envelope.toKafkaHeaders().forEach(h -> record.headers().add(new RecordHeader(h.key(), h.value())));
        try {
            producer().send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Appoints a spokesperson for a new agency and waits until the service knows them. */
    public static UUID agencyWithSpokesperson(String email) {
        UUID agency = UUID.randomUUID();
        publish(Events.SPOKESPERSON_APPOINTED, new SpokespersonAppointed(agency, "Sở Y tế tỉnh Kiên Giang", UUID.randomUUID(), "APPOINTED",
                "Nguyễn Thị Thu Hà", "Phó Giám đốc Sở", email, "0297 3862 000", LocalDate.of(2020, 1, 1), null, null, Instant.now()));
        await("spokesperson of " + agency, () -> count("SELECT count(*) FROM spokesperson_reference WHERE agency_id = '" + agency + "'") == 1);
        return agency;
    }

    /** Publishes a new agency as registry-service does and waits until the service knows it. */
    public static UUID agency(String name) {
        UUID agency = UUID.randomUUID();
        publish(Events.AGENCY_CHANGED, new AgencySnapshot(agency, 0, "T-" + agency.toString().substring(0, 8), name, "DEPARTMENT", null,
                "ACTIVE", LocalDate.of(2020, 1, 1), Instant.now()));
        await("agency " + name, () -> count("SELECT count(*) FROM agency_reference WHERE id = '" + agency + "'") == 1);
        return agency;
    }

    /** Publishes every term of the press management department role as registry-service does, and waits until applied. */
    public static void departmentRole(AgencyRoleChanged.Term... terms) {
        Instant changedAt = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        publish(Events.AGENCY_ROLE_CHANGED, new AgencyRoleChanged(AgencyRoleChanged.PRESS_MANAGEMENT_DEPARTMENT,
                "Cơ quan quản lý nhà nước về báo chí của tỉnh", List.of(terms), "press-admin", changedAt));
        await("department role of " + changedAt, () -> count("SELECT count(*) FROM agency_role_reference WHERE role = '"
                + AgencyRoleChanged.PRESS_MANAGEMENT_DEPARTMENT + "' AND changed_at = '" + changedAt + "'") == terms.length);
    }

    /**
     * Forgets the department role, as in a service whose registry has published none: the read model only takes newer
     * events and the contract has no empty history, so tests that published a role clear it this way when they end.
     */
    public static void forgetDepartmentRole() {
        update("DELETE FROM agency_role_reference WHERE role = '" + AgencyRoleChanged.PRESS_MANAGEMENT_DEPARTMENT + "'");
    }

    public static void update(String sql) {
        try (Connection c = CDI.current().select(DataSource.class).get().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.executeUpdate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static ReportOverdue reportOverdue(UUID agency, String reference) {
        return new ReportOverdue(UUID.randomUUID(), UUID.randomUUID(), agency, "Sở Y tế tỉnh Kiên Giang", reference,
                "Báo cáo công tác phát ngôn và cung cấp thông tin cho báo chí quý II/2026", LocalDate.of(2026, 6, 30),
                Instant.parse("2026-07-01T01:00:00Z"));
    }

    public static FalseInfoFlagged falseInfo(UUID agency, String title) {
        return new FalseInfoFlagged(UUID.randomUUID(), agency, "Sở Y tế tỉnh Kiên Giang", "Báo Điện tử Tin Nhanh", "ONLINE",
                "https://tinnhanh.example.vn/bai-viet-123", null, title, "Y tế", "HIGH", "FALSE", LocalDate.of(2026, 7, 3),
                "press-monitor-user", Instant.now());
    }

    public static long count(String sql) {
        try (Connection c = CDI.current().select(DataSource.class).get().getConnection();
                PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The rows of a query, one line each ("column=value, …"), to say in a failure what the database held. */
    public static String rows(String sql) {
        try (Connection c = CDI.current().select(DataSource.class).get().getConnection();
                PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            List<String> lines = new ArrayList<>();
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> cells = new ArrayList<>(columns);
                for (int i = 1; i <= columns; i++) {
                    cells.add(rs.getMetaData().getColumnLabel(i) + "=" + rs.getString(i));
                }
                lines.add(String.join(", ", cells));
            }
            return String.join("\n", lines);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static void await(String what, BooleanSupplier condition) {
        await(what, condition, WAIT);
    }

    /** As {@link #await(String, BooleanSupplier)}; a timeout also reports {@code state}, read at that moment. */
    public static void await(String what, BooleanSupplier condition, Supplier<String> state) {
        try {
            await(what, condition, WAIT);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; state then:\n" + state.get(), e);
        }
    }

    public static void await(String what, BooleanSupplier condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("timed out waiting for " + what);
    }
}
