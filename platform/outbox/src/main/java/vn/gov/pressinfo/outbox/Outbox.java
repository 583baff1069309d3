package vn.gov.pressinfo.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.agroal.api.AgroalDataSource;
import vn.gov.pressinfo.events.EventEnvelope;
import vn.gov.pressinfo.events.EventJson;
import vn.gov.pressinfo.events.EventPayload;
import vn.gov.pressinfo.events.EventType;
import vn.gov.pressinfo.tracing.Tracing;

/**
 * Publishes domain events through the transactional outbox. {@link #publish} inserts the event in
 * the caller's database transaction, so the event exists if and only if the state change commits;
 * {@link OutboxRelay} then sends it to Kafka. Each row keeps the W3C {@code traceparent} of the span
 * current when it was written, so that the trace goes on through Kafka to the consumers.
 */
@ApplicationScoped
public class Outbox {

    private final AgroalDataSource dataSource;
    private final OutboxConfig config;
    private final Tracing tracing;

    public Outbox(AgroalDataSource dataSource, OutboxConfig config, Tracing tracing) {
        this.dataSource = dataSource;
        this.config = config;
        this.tracing = tracing;
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
                "INSERT INTO outbox_event (event_id, topic, event_key, event_type, source, subject, occurred_at, payload, traceparent) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setObject(1, UUID.fromString(envelope.id()));
            ps.setString(2, type.topic());
            ps.setString(3, payload.aggregateId());
            ps.setString(4, envelope.type());
            ps.setString(5, envelope.source());
            ps.setString(6, envelope.subject());
            ps.setTimestamp(7, Timestamp.from(time));
            ps.setString(8, EventJson.write(payload));
            ps.setString(9, tracing.currentTraceparent());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write event " + type.type() + " to the outbox", e);
        }
        return envelope;
    }

    /** Rows per INSERT statement of {@link #publishAll}. */
    private static final int BULK_CHUNK = 5_000;

    /**
     * Adds many events of one type that happened at {@code occurredAt} to the outbox, in the current
     * transaction, with one INSERT per few thousand events (array parameters and {@code unnest}) instead of
     * one per event: for set-based jobs that publish thousands of events at once. The relay sends them in
     * the order of {@code payloads}.
     *
     * @return the envelopes of the events, in the order of {@code payloads}
     * @throws jakarta.transaction.TransactionalException when called outside a transaction
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T extends EventPayload> List<EventEnvelope> publishAll(EventType<T> type, List<T> payloads, Instant occurredAt) {
        Instant time = occurredAt.truncatedTo(ChronoUnit.MICROS);
        List<EventEnvelope> envelopes = new ArrayList<>(payloads.size());
        String traceparent = tracing.currentTraceparent();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO outbox_event (event_id, topic, event_key, event_type, source, subject, occurred_at, payload, traceparent) "
                        + "SELECT e.id, ?, e.k, ?, ?, e.s, ?, e.p, ? "
                        + "FROM unnest(?::uuid[], ?::text[], ?::text[], ?::text[]) WITH ORDINALITY AS e(id, k, s, p, n) ORDER BY e.n")) {
            for (int from = 0; from < payloads.size(); from += BULK_CHUNK) {
                List<T> chunk = payloads.subList(from, Math.min(payloads.size(), from + BULK_CHUNK));
                Object[] ids = new Object[chunk.size()];
                String[] keys = new String[chunk.size()];
                String[] subjects = new String[chunk.size()];
                String[] data = new String[chunk.size()];
                for (int i = 0; i < chunk.size(); i++) {
                    T payload = chunk.get(i);
                    EventEnvelope envelope = EventEnvelope.create(type, config.source(), payload, time);
                    envelopes.add(envelope);
                    ids[i] = UUID.fromString(envelope.id());
                    keys[i] = payload.aggregateId();
                    subjects[i] = envelope.subject();
                    data[i] = EventJson.write(payload);
                }
                ps.setString(1, type.topic());
                ps.setString(2, type.type());
                ps.setString(3, config.source());
                ps.setTimestamp(4, Timestamp.from(time));
                ps.setString(5, traceparent);
                ps.setArray(6, c.createArrayOf("uuid", ids));
                ps.setArray(7, c.createArrayOf("text", keys));
                ps.setArray(8, c.createArrayOf("text", subjects));
                ps.setArray(9, c.createArrayOf("text", data));
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write " + payloads.size() + " events " + type.type() + " to the outbox", e);
        }
        return envelopes;
    }
}
