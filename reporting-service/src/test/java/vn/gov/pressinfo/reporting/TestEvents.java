package vn.gov.pressinfo.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

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
import vn.gov.pressinfo.events.registry.AgencySnapshot;

/**
 * Publishes events to the real broker as the other services would (CloudEvents headers, JSON value), and waits
 * (bounded polling of the database) for this service to have consumed them.
 */
public final class TestEvents {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static KafkaProducer<String, String> producer;

    private TestEvents() {
    }

    public static String bootstrapServers() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    private static synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            Properties p = new Properties();
            p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
            p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            producer = new KafkaProducer<>(p);
        }
        return producer;
    }

    public static <T extends EventPayload> EventEnvelope send(EventType<T> type, T payload) {
        EventEnvelope envelope = EventEnvelope.create(type, "/test", payload, Instant.now());
        ProducerRecord<String, String> record = new ProducerRecord<>(type.topic(), payload.aggregateId(), EventJson.write(payload));
        envelope.toKafkaHeaders().forEach(h -> record.headers().add(new RecordHeader(h.key(), h.value())));
        try {
            producer().send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish " + type.type(), e);
        }
        return envelope;
    }

    /** Publishes one agency snapshot and returns its id (does not wait). */
    public static UUID agency(String name, String type, UUID parentId) {
        UUID id = UUID.randomUUID();
        send(Events.AGENCY_CHANGED, new AgencySnapshot(id, 0, "T-" + id.toString().substring(0, 8), name, type, parentId, "ACTIVE",
                LocalDate.of(2020, 1, 1), Instant.now()));
        return id;
    }

    /**
     * A test province: a root agency and, under it, {@code departments} DEPARTMENT agencies then {@code districts}
     * DISTRICT agencies, all in the read model when this returns.
     */
    public static Province province(int departments, int districts) {
        String marker = Api.marker();
        UUID root = agency("Ủy ban nhân dân tỉnh Thử nghiệm " + marker, "PROVINCE", null);
        List<UUID> children = new ArrayList<>();
        for (int i = 1; i <= departments; i++) {
            children.add(agency("Sở Thử nghiệm " + i + " " + marker, "DEPARTMENT", root));
        }
        for (int i = 1; i <= districts; i++) {
            children.add(agency("Ủy ban nhân dân huyện Thử nghiệm " + i + " " + marker, "DISTRICT", root));
        }
        awaitCount("SELECT count(*) FROM agency_reference WHERE parent_id = '" + root + "'", children.size());
        return new Province(root, children, marker);
    }

    /** A province of test agencies: its root, its children (departments first) and the marker in their names. */
    public record Province(UUID root, List<UUID> agencies, String marker) {
    }

    /** Waits until {@code countQuery} answers {@code expected}. */
    public static void awaitCount(String countQuery, long expected) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        long last = -1;
        while (System.nanoTime() < deadline) {
            last = count(countQuery);
            if (last == expected) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        assertThat(last).as(countQuery).isEqualTo(expected);
    }

    /** Runs one SQL statement: only for test data the API deliberately does not write (migration-seeded reference data). */
    public static void execute(String sql) {
        try (Connection c = CDI.current().select(DataSource.class).get().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (Exception e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public static long count(String countQuery) {
        try (Connection c = CDI.current().select(DataSource.class).get().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(countQuery)) {
            rs.next();
            return rs.getLong(1);
        } catch (Exception e) {
            throw new IllegalStateException(countQuery, e);
        }
    }
}
