package vn.gov.pressinfo.outbox;


import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.HealthGroup;
import vn.gov.pressinfo.events.KafkaBrokerProbe;

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

    private final OutboxRelay relay;
    private final OutboxMetrics metrics;
    private final String bootstrapServers;
    private final KafkaBrokerProbe probe;

    public KafkaHealthCheck(OutboxRelay relay, OutboxMetrics metrics,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.relay = relay;
        this.metrics = metrics;
        this.bootstrapServers = bootstrapServers;
        this.probe = new KafkaBrokerProbe(bootstrapServers, "outbox-health");
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

    /** Null while the broker answers; the reason otherwise. */
    String brokerFailure() {
        return probe.failure();
    }

    @PreDestroy
    void close() {
        probe.close();
    }
}
