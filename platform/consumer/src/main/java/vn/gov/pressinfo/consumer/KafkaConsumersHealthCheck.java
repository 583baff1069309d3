package vn.gov.pressinfo.consumer;


import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.HealthGroup;
import io.smallrye.reactive.messaging.health.HealthReport;
import io.smallrye.reactive.messaging.providers.extension.HealthCenter;
import vn.gov.pressinfo.events.KafkaBrokerProbe;

/**
 * The Kafka connector's own view of this service's consumer channels (connected to the broker, no failure
 * reported), in the health group {@code kafka} ({@code /q/health/group/kafka}) instead of readiness,
 * liveness and the start-up probe: a consuming service stays ready while Kafka is away and catches up
 * when it returns (docs/adr/0017-readiness-without-kafka.md). The connector's checks are taken out of
 * the standard probes with {@code quarkus.messaging.health.enabled=false} (META-INF/microprofile-config.properties
 * of this library and every consuming service's application.properties); this check asks the same
 * {@link HealthCenter} directly. The connector calls a channel ready once it has connected, and keeps
 * saying so while the broker is gone, so the check also asks the broker itself ({@link KafkaBrokerProbe}).
 * Data: one entry per channel, {@code UP} or {@code DOWN: reason}, and {@code error} while
 * the broker does not answer.
 */
@HealthGroup("kafka")
@ApplicationScoped
public class KafkaConsumersHealthCheck implements HealthCheck {

    private final HealthCenter health;
    private final KafkaBrokerProbe probe;

    public KafkaConsumersHealthCheck(HealthCenter health, @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.health = health;
        this.probe = new KafkaBrokerProbe(bootstrapServers, "inbox-health");
    }

    /** {@code pressinfo_kafka_reachable} for a service without an outbox (with one, the outbox's gauge of the same name is kept). */
    void register(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER + 100) StartupEvent startup, MeterRegistry registry) {
        if (registry.find("pressinfo.kafka.reachable").gauge() != null) {
            return; // the outbox's, registered earlier (default observer priority)
        }
        Gauge.builder("pressinfo.kafka.reachable", this, check -> check.brokerFailure() == null ? 1 : 0)
                .description("1 while the Kafka broker answers this service, 0 while it does not").register(registry);
    }

    @Override
    public HealthCheckResponse call() {
        HealthReport readiness = health.getReadiness();
        HealthReport liveness = health.getLiveness();
        String failure = brokerFailure();
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("kafka-consumers")
                .status(failure == null && readiness.isOk() && liveness.isOk());
        if (failure != null) {
            builder.withData("error", failure);
        }
        readiness.getChannels().forEach(channel -> builder.withData(channel.getChannel(), describe(channel)));
        // A failure the connector reported (liveness) wins over "connected" for the same channel.
        liveness.getChannels().stream().filter(channel -> !channel.isOk())
                .forEach(channel -> builder.withData(channel.getChannel(), "FAILED: " + channel.getMessage()));
        return builder.build();
    }

    private static String describe(HealthReport.ChannelInfo channel) {
        if (channel.isOk()) {
            return "UP";
        }
        return channel.getMessage() == null ? "DOWN" : "DOWN: " + channel.getMessage();
    }

    private String brokerFailure() {
        return probe.failure();
    }

    @PreDestroy
    void close() {
        probe.close();
    }
}
