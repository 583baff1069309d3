package vn.gov.pressinfo.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;

/**
 * Gauges of the outbox for dashboards and alerts: {@code pressinfo_outbox_backlog} (events not yet on
 * Kafka) and {@code pressinfo_outbox_oldest_age_seconds} (how long the oldest of them has waited). Read
 * from the database at most every few seconds, whatever the scrape rate; NaN while it is unreachable.
 */
@ApplicationScoped
public class OutboxMetrics {

    private static final Logger LOG = Logger.getLogger(OutboxMetrics.class);
    private static final long REFRESH_NANOS = 5_000_000_000L;

    private final DataSource dataSource;
    private volatile double backlog = Double.NaN;
    private volatile double oldestAgeSeconds = Double.NaN;
    private volatile long readAt = Long.MIN_VALUE;

    public OutboxMetrics(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void register(@Observes StartupEvent startup, MeterRegistry registry) {
        Gauge.builder("pressinfo.outbox.backlog", this, OutboxMetrics::backlog)
                .description("Events in the outbox not yet published to Kafka").register(registry);
        Gauge.builder("pressinfo.outbox.oldest.age", this, OutboxMetrics::oldestAgeSeconds).baseUnit("seconds")
                .description("Age of the oldest unpublished outbox event (0 when none waits)").register(registry);
    }

    double backlog() {
        refresh();
        return backlog;
    }

    double oldestAgeSeconds() {
        refresh();
        return oldestAgeSeconds;
    }

    private synchronized void refresh() {
        long now = System.nanoTime();
        if (readAt != Long.MIN_VALUE && now - readAt < REFRESH_NANOS) {
            return;
        }
        readAt = now;
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT count(*), "
                        + "coalesce(extract(epoch FROM now() - min(created_at)), 0) FROM outbox_event WHERE sent_at IS NULL");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            backlog = rs.getLong(1);
            oldestAgeSeconds = rs.getDouble(2);
        } catch (SQLException e) {
            LOG.debugf("Outbox metrics unavailable: %s", e.getMessage());
            backlog = Double.NaN;
            oldestAgeSeconds = Double.NaN;
        }
    }
}
