package vn.gov.pressinfo.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.HealthGroup;

/**
 * State of the Kafka broker the outbox publishes to, in the health group {@code kafka}
 * ({@code /q/health/group/kafka}), not in readiness nor liveness (docs/adr/0017-readiness-without-kafka.md):
 * while Kafka is unreachable the service keeps taking writes and the outbox keeps their events. DOWN when
 * the broker does not answer, or when this replica leads the relay and its last round failed. Also the
 * gauge {@code pressinfo_kafka_reachable} (1 or 0). The broker is asked at most every few seconds,
 * whatever the probe or scrape rate, and never for longer than 2.5 s.
 */
@HealthGroup(KafkaHealthCheck.GROUP)
@ApplicationScoped
public class KafkaHealthCheck implements HealthCheck {

    /** The health group of everything Kafka: {@code /q/health/group/kafka}. */
    public static final String GROUP = "kafka";

    private static final Duration CACHE = Duration.ofSeconds(3);

    private final OutboxRelay relay;
    private final OutboxMetrics metrics;
    private final String bootstrapServers;
    private Admin admin;
    private Instant checkedAt = Instant.EPOCH;
    private String failure = "not checked yet";

    public KafkaHealthCheck(OutboxRelay relay, OutboxMetrics metrics,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.relay = relay;
        this.metrics = metrics;
        this.bootstrapServers = bootstrapServers;
    }

    void register(@Observes StartupEvent startup, MeterRegistry registry) {
        Gauge.builder("pressinfo.kafka.reachable", this, check -> check.brokerFailure() == null ? 1 : 0)
                .description("1 while the Kafka broker answers this service, 0 while it does not").register(registry);
    }

    @Override
    public HealthCheckResponse call() {
        String brokerFailure = brokerFailure();
        boolean leader = relay.isLeader();
        String relayError = relay.lastError();
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("kafka-outbox")
                .status(brokerFailure == null && !(leader && relayError != null))
                .withData("bootstrap.servers", bootstrapServers)
                .withData("relayLeader", leader)
                .withData("backlog", (long) nanToMinusOne(metrics.backlog()))
                .withData("oldestAgeSeconds", (long) nanToMinusOne(metrics.oldestAgeSeconds()));
        if (brokerFailure != null) {
            builder.withData("error", brokerFailure);
        }
        if (relayError != null) {
            builder.withData("relayLastError", relayError);
        }
        if (relay.lastPublishedAt() != null) {
            builder.withData("relayLastPublishedAt", relay.lastPublishedAt().toString());
        }
        return builder.build();
    }

    private static double nanToMinusOne(double value) {
        return Double.isNaN(value) ? -1 : value;
    }

    /** Null while the broker answers; the reason otherwise (cached for a few seconds). */
    synchronized String brokerFailure() {
        if (Duration.between(checkedAt, Instant.now()).compareTo(CACHE) > 0) {
            failure = probe();
            checkedAt = Instant.now();
        }
        return failure;
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
