package vn.gov.pressinfo.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

/**
 * The relay's SQL on {@code outbox_event}, on the relay's own session ({@link #connect}): the unsent rows in id order,
 * marking them sent or failed, pruning sent rows, and the advisory lock that makes one relay the leader.
 */
final class OutboxQueries {

    private static final int MAX_ERROR_LENGTH = 1000;

    /** One unsent event as the relay sends it. */
    record Row(long id, UUID eventId, String topic, String key, String type, String source, String subject,
            Instant occurredAt, String payload, String traceparent) {
    }

    private OutboxQueries() {
    }

    /** A dedicated session outside the pool: it holds the advisory lock and the LISTEN. */
    static Connection connect(String jdbcUrl, String username, String password) throws SQLException {
        Properties props = new Properties();
        if (!username.isEmpty()) {
            props.setProperty("user", username);
        }
        if (!password.isEmpty()) {
            props.setProperty("password", password);
        }
        props.setProperty("ApplicationName", "outbox-relay");
        props.setProperty("tcpKeepAlive", "true");
        Connection c = new org.postgresql.Driver().connect(jdbcUrl, props);
        if (c == null) {
            throw new SQLException("Not a PostgreSQL JDBC URL: " + jdbcUrl);
        }
        c.setAutoCommit(true);
        return c;
    }

    static boolean tryLock(Connection c, long key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            ps.setLong(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    static List<Row> unsent(Connection c, int batchSize) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, event_id, topic, event_key, event_type, source, subject, occurred_at, payload, traceparent "
                        + "FROM outbox_event WHERE sent_at IS NULL ORDER BY id LIMIT ?")) {
            ps.setInt(1, batchSize);
            try (ResultSet rs = ps.executeQuery()) {
                List<Row> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant(), rs.getString(9), rs.getString(10)));
                }
                return rows;
            }
        }
    }

    static void markSent(Connection c, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE outbox_event SET sent_at = now() WHERE id = ANY (?)")) {
            ps.setArray(1, c.createArrayOf("bigint", ids.toArray()));
            ps.executeUpdate();
        }
    }

    static void recordFailure(Connection c, long id, String error) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE outbox_event SET attempts = attempts + 1, last_error = ? WHERE id = ?")) {
            ps.setString(1, error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    /** Deletes the rows sent longer than {@code retention} ago; returns how many. */
    static int prune(Connection c, Duration retention) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM outbox_event WHERE sent_at < now() - ?::interval")) {
            ps.setString(1, retention.toSeconds() + " seconds");
            return ps.executeUpdate();
        }
    }
}
