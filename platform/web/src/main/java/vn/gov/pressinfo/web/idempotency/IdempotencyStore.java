package vn.gov.pressinfo.web.idempotency;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Remembers the response to each {@code (caller, path, Idempotency-Key)} for a retention period.
 * A key is reserved before the request runs (so two concurrent retries cannot both run) and
 * completed with the response afterwards; a failed request releases its key so it can be retried.
 */
@ApplicationScoped
public class IdempotencyStore {

    /** What {@link #reserve} found. */
    public enum Outcome { RESERVED, REPLAY, DIFFERENT_REQUEST, IN_PROGRESS }

    /** A stored 2xx response. */
    public record StoredResponse(int status, String contentType, String location, String etag, String body) {
    }

    public record Reservation(Outcome outcome, StoredResponse response) {
    }

    /** Reservations not completed after this long belong to a request that died; they can be taken over. */
    private static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);
    private static final int PRUNE_EVERY = 500;

    private final AgroalDataSource dataSource;
    private final Duration retention;
    private final AtomicLong reservations = new AtomicLong();

    public IdempotencyStore(AgroalDataSource dataSource,
            @ConfigProperty(name = "pressinfo.web.idempotency-retention", defaultValue = "PT24H") Duration retention) {
        this.dataSource = dataSource;
        this.retention = retention;
    }

    public Reservation reserve(String scope, String key, String requestHash) {
        if (reservations.incrementAndGet() % PRUNE_EVERY == 0) {
            prune();
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection()) {
                try (PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO idempotency_key (scope, idem_key, request_hash) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
                    insert.setString(1, scope);
                    insert.setString(2, key);
                    insert.setString(3, requestHash);
                    if (insert.executeUpdate() == 1) {
                        return new Reservation(Outcome.RESERVED, null);
                    }
                }
                try (PreparedStatement select = c.prepareStatement(
                        "SELECT request_hash, status, content_type, location, etag, response_body, created_at < now() - ?::interval AS abandoned "
                                + "FROM idempotency_key WHERE scope = ? AND idem_key = ? FOR UPDATE")) {
                    select.setString(1, ABANDONED_AFTER.toSeconds() + " seconds");
                    select.setString(2, scope);
                    select.setString(3, key);
                    try (ResultSet rs = select.executeQuery()) {
                        if (!rs.next()) {
                            // Released between our insert and select: the caller may simply retry.
                            return new Reservation(Outcome.IN_PROGRESS, null);
                        }
                        if (!rs.getString("request_hash").equals(requestHash)) {
                            return new Reservation(Outcome.DIFFERENT_REQUEST, null);
                        }
                        int status = rs.getInt("status");
                        if (!rs.wasNull()) {
                            return new Reservation(Outcome.REPLAY, new StoredResponse(status, rs.getString("content_type"),
                                    rs.getString("location"), rs.getString("etag"), rs.getString("response_body")));
                        }
                        if (rs.getBoolean("abandoned")) {
                            try (PreparedStatement take = c.prepareStatement(
                                    "UPDATE idempotency_key SET created_at = now() WHERE scope = ? AND idem_key = ?")) {
                                take.setString(1, scope);
                                take.setString(2, key);
                                take.executeUpdate();
                            }
                            return new Reservation(Outcome.RESERVED, null);
                        }
                        return new Reservation(Outcome.IN_PROGRESS, null);
                    }
                }
            }
        });
    }

    public void complete(String scope, String key, StoredResponse response) {
        QuarkusTransaction.requiringNew().run(() -> execute(
                "UPDATE idempotency_key SET status = ?, content_type = ?, location = ?, etag = ?, response_body = ?, completed_at = now() "
                        + "WHERE scope = ? AND idem_key = ?",
                response.status(), response.contentType(), response.location(), response.etag(), response.body(), scope, key));
    }

    public void release(String scope, String key) {
        QuarkusTransaction.requiringNew().run(() -> execute(
                "DELETE FROM idempotency_key WHERE scope = ? AND idem_key = ? AND status IS NULL", scope, key));
    }

    void prune() {
        QuarkusTransaction.requiringNew().run(() -> execute(
                "DELETE FROM idempotency_key WHERE created_at < now() - ?::interval", retention.toSeconds() + " seconds"));
    }

    private void execute(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("idempotency store: " + e.getMessage(), e);
        }
    }
}
