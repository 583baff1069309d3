package vn.gov.pressinfo.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the Kafka broker the outbox publishes to (producing services have no consumer channel
 * whose health would show it), with the relay's state as data. Results are cached a few seconds so
 * probes do not hammer the broker.
 */
@Readiness
@ApplicationScoped
public class KafkaReadinessCheck implements HealthCheck {

    private static final Duration CACHE = Duration.ofSeconds(3);

    private final OutboxRelay relay;
    private final String bootstrapServers;
    private Admin admin;
    private Instant checkedAt = Instant.EPOCH;
    private String failure = "not checked yet";

    public KafkaReadinessCheck(OutboxRelay relay, @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.relay = relay;
        this.bootstrapServers = bootstrapServers;
    }

    @Override
    public synchronized HealthCheckResponse call() {
        if (Duration.between(checkedAt, Instant.now()).compareTo(CACHE) > 0) {
            failure = probe();
            checkedAt = Instant.now();
        }
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("kafka-outbox")
                .status(failure == null)
                .withData("bootstrap.servers", bootstrapServers)
                .withData("relayLeader", relay.isLeader());
        if (failure != null) {
            builder.withData("error", failure);
        }
        if (relay.lastError() != null) {
            builder.withData("relayLastError", relay.lastError());
        }
        return builder.build();
    }

    private String probe() {
        try {
            if (admin == null) {
                Properties p = new Properties();
                p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
                p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000");
                p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "2000");
                p.put(AdminClientConfig.CLIENT_ID_CONFIG, "outbox-health");
                admin = Admin.create(p);
            }
            admin.describeCluster(new DescribeClusterOptions().timeoutMs(2000)).clusterId().get(2500, TimeUnit.MILLISECONDS);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        } catch (Exception e) {
            return "Kafka unreachable: " + (e.getCause() == null ? e : e.getCause()).getMessage();
        }
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
    }
}
