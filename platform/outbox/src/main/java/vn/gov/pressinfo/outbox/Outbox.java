package vn.gov.pressinfo.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.agroal.api.AgroalDataSource;
import vn.gov.pressinfo.events.EventEnvelope;
import vn.gov.pressinfo.events.EventJson;
import vn.gov.pressinfo.events.EventPayload;
import vn.gov.pressinfo.events.EventType;

/**
 * Publishes domain events through the transactional outbox. {@link #publish} inserts the event in
 * the caller's database transaction, so the event exists if and only if the state change commits;
 * {@link OutboxRelay} then sends it to Kafka.
 */
@ApplicationScoped
public class Outbox {

    private final AgroalDataSource dataSource;
    private final OutboxConfig config;

    public Outbox(AgroalDataSource dataSource, OutboxConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    /**
     * Adds an event to the outbox, in the current transaction.
     *
     * @return the envelope of the event (its id is the CloudEvents id)
     * @throws jakarta.transaction.TransactionalException when called outside a transaction
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T extends EventPayload> EventEnvelope publish(EventType<T> type, T payload) {
        return publish(type, payload, Instant.now());
    }

    /**
     * Adds an event that happened at {@code occurredAt} to the outbox, in the current transaction. The
     * time is kept to the microsecond, the database's precision.
     *
     * @return the envelope of the event, as the relay will send it
     * @throws jakarta.transaction.TransactionalException when called outside a transaction
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T extends EventPayload> EventEnvelope publish(EventType<T> type, T payload, Instant occurredAt) {
        // PostgreSQL keeps microseconds and rounds the rest: cut to them so that the envelope returned
        // here carries the same ce_time as the event the relay sends.
        Instant time = occurredAt.truncatedTo(ChronoUnit.MICROS);
        EventEnvelope envelope = EventEnvelope.create(type, config.source(), payload, time);
        // The connection is the one enlisted in the caller's JTA transaction.
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO outbox_event (event_id, topic, event_key, event_type, source, subject, occurred_at, payload) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setObject(1, UUID.fromString(envelope.id()));
            ps.setString(2, type.topic());
            ps.setString(3, payload.aggregateId());
            ps.setString(4, envelope.type());
            ps.setString(5, envelope.source());
            ps.setString(6, envelope.subject());
            ps.setTimestamp(7, Timestamp.from(time));
            ps.setString(8, EventJson.write(payload));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write event " + type.type() + " to the outbox", e);
        }
        return envelope;
    }
}
