package vn.gov.pressinfo.notification.delivery;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The database side of the dispatcher. Claiming marks due rows SENDING with a lease, in a short
 * transaction that locks them with {@code FOR UPDATE SKIP LOCKED}, so replicas never claim the same row;
 * a row whose replica died is claimed again when its lease ends. Every outcome is fenced by the attempt
 * number, so a late answer from a replica that lost its lease changes nothing.
 */
@ApplicationScoped
public class DeliveryClaimQueries {

    private final AgroalDataSource dataSource;

    public DeliveryClaimQueries(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<ClaimedDelivery> claim(int limit, Instant now, Instant leaseUntil) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                    "UPDATE delivery d SET status = 'SENDING', attempts = d.attempts + 1, lease_until = ?, updated_at = ? "
                            + "WHERE d.id IN (SELECT id FROM delivery WHERE ((status IN ('PENDING', 'RETRYING') AND next_attempt_at <= ?) "
                            + "OR (status = 'SENDING' AND lease_until < ?)) ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED) "
                            + "RETURNING d.id, d.event_id, d.event_type, d.channel, d.recipient, d.agency_id, d.attempts")) {
                ps.setTimestamp(1, Timestamp.from(leaseUntil));
                ps.setTimestamp(2, Timestamp.from(now));
                ps.setTimestamp(3, Timestamp.from(now));
                ps.setTimestamp(4, Timestamp.from(now));
                ps.setInt(5, limit);
                List<ClaimedDelivery> claimed = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        claimed.add(new ClaimedDelivery(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                                Channel.valueOf(rs.getString(4)), rs.getString(5), rs.getObject(6, UUID.class), rs.getInt(7)));
                    }
                }
                return claimed;
            }
        });
    }

    public Map<String, StoredEvent> events(Collection<String> ids) {
        Map<String, StoredEvent> events = new HashMap<>();
        if (ids.isEmpty()) {
            return events;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT event_id, event_type, source, subject, event_time, data FROM notification_event WHERE event_id = ANY (?)")) {
            ps.setArray(1, c.createArrayOf("text", ids.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Timestamp t = rs.getTimestamp(5);
                    events.put(rs.getString(1), new StoredEvent(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            t == null ? null : t.toInstant(), rs.getString(6)));
                }
            }
            return events;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the events of claimed deliveries", e);
        }
    }

    /**
     * Records the outcome of one attempt and the attempt itself.
     *
     * @return false when the claim was lost (another replica claimed the row after the lease ended)
     */
    public boolean record(ClaimedDelivery d, DeliveryStatus status, String error, Instant startedAt, Instant finishedAt,
            Instant nextAttemptAt) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection()) {
                int updated;
                try (PreparedStatement ps = c.prepareStatement("UPDATE delivery SET status = ?, last_error = ?, next_attempt_at = ?, "
                        + "lease_until = NULL, updated_at = ?, sent_at = ? WHERE id = ? AND status = 'SENDING' AND attempts = ?")) {
                    ps.setString(1, status.name());
                    ps.setString(2, error);
                    ps.setTimestamp(3, Timestamp.from(nextAttemptAt == null ? finishedAt : nextAttemptAt));
                    ps.setTimestamp(4, Timestamp.from(finishedAt));
                    ps.setTimestamp(5, status == DeliveryStatus.SENT ? Timestamp.from(finishedAt) : null);
                    ps.setObject(6, d.id());
                    ps.setInt(7, d.attempt());
                    updated = ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO delivery_attempt (delivery_id, attempt, started_at, "
                        + "finished_at, outcome, error) VALUES (?, ?, ?, ?, ?, ?)")) {
                    ps.setObject(1, d.id());
                    ps.setInt(2, d.attempt());
                    ps.setTimestamp(3, Timestamp.from(startedAt));
                    ps.setTimestamp(4, Timestamp.from(finishedAt));
                    ps.setString(5, status.name());
                    ps.setString(6, error);
                    ps.executeUpdate();
                }
                return updated == 1;
            }
        });
    }
}
