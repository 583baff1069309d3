package vn.gov.pressinfo.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of a producing service's write path without Kafka (docs/adr/0017-readiness-without-kafka.md):
 * the outbox table exists (the platform migrations are applied; a failed migration stops the start-up)
 * and this service may write to it on a primary that takes writes. Nothing is written. Beside it, the
 * datasource's own check ("Database connections health check") says the database answers. Kafka's state
 * is in the {@code kafka} health group ({@link KafkaHealthCheck}), never here.
 */
@Readiness
@ApplicationScoped
public class OutboxReadinessCheck implements HealthCheck {

    private static final String SQL = "SELECT CASE WHEN to_regclass('outbox_event') IS NULL THEN false"
            + " ELSE has_table_privilege('outbox_event', 'INSERT, UPDATE, DELETE') END,"
            + " NOT pg_is_in_recovery() AND current_setting('transaction_read_only') = 'off'";

    private final DataSource dataSource;

    public OutboxReadinessCheck(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public HealthCheckResponse call() {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(SQL)) {
            ps.setQueryTimeout(3);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                boolean table = rs.getBoolean(1);
                boolean writable = rs.getBoolean(2);
                return HealthCheckResponse.named("outbox")
                        .status(table && writable)
                        .withData("table", table ? "outbox_event present, writable by this service" : "outbox_event missing or not writable")
                        .withData("database", writable ? "primary, read-write" : "read-only (standby or read-only transaction)")
                        .build();
            }
        } catch (SQLException e) {
            return HealthCheckResponse.named("outbox").down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
