package vn.gov.pressinfo.agencydirectory;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import vn.gov.pressinfo.events.Events;
import vn.gov.pressinfo.consumer.EventHandlers;
import vn.gov.pressinfo.consumer.IdempotentConsumer;

/**
 * Feeds the agency and role read models from {@code registry.agencies.v1}, once per event. It declares no channel: the
 * service does, with an {@code @Incoming("registry-agencies") @Blocking} method that hands each batch to
 * {@link #consume}, and the channel's configuration in its {@code application.properties} (topic, group, dead-letter
 * topic, {@code batch=true}). Batched: the records of one poll are applied in one transaction
 * ({@link IdempotentConsumer#handleBatch}), so a burst of agency changes (a reorganisation, a bulk import, a load test)
 * costs one commit per poll instead of one per event; a failing record is retried and dead-lettered alone.
 */
@ApplicationScoped
public class AgencySnapshotConsumer {

    private static final Logger LOG = Logger.getLogger(AgencySnapshotConsumer.class);

    private final IdempotentConsumer consumer;
    private final EventHandlers handlers;
    private final String consumerName;

    public AgencySnapshotConsumer(IdempotentConsumer consumer, AgencyDirectory directory, AgencyRoles roles,
            @ConfigProperty(name = "quarkus.application.name") String application) {
        this.consumer = consumer;
        this.handlers = EventHandlers.create()
                .on(Events.AGENCY_CHANGED, directory::apply)
                .on(Events.AGENCY_ROLE_CHANGED, roles::apply)
                .otherwise(event -> LOG.debugf("Ignoring %s on %s", event.envelope().type(), event.topic()));
        this.consumerName = application + ".agency-directory";
    }

    /** Applies one poll of {@code registry.agencies.v1}; call it from a blocking {@code @Incoming} method. */
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        return consumer.handleBatch(consumerName, batch, handlers).thenAccept(handled -> {
        });
    }
}
