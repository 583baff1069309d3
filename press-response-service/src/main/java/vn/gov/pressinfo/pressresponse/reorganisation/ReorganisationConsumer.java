package vn.gov.pressinfo.pressresponse.reorganisation;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.smallrye.reactive.messaging.annotations.Blocking;
import vn.gov.pressinfo.events.Events;
import vn.gov.pressinfo.consumer.EventHandlers;
import vn.gov.pressinfo.consumer.IdempotentConsumer;

/** Moves the open press work of reorganised agencies ({@code registry.reorganisations.v1}, once per event; see {@link ReorganisationMover}). */
@ApplicationScoped
public class ReorganisationConsumer {

    private static final Logger LOG = Logger.getLogger(ReorganisationConsumer.class);

    private final IdempotentConsumer consumer;
    private final EventHandlers handlers;
    private final String consumerName;

    public ReorganisationConsumer(IdempotentConsumer consumer, ReorganisationMover mover,
            @ConfigProperty(name = "quarkus.application.name") String application) {
        this.consumer = consumer;
        this.handlers = EventHandlers.create()
                .on(Events.AGENCY_REORGANIZED, mover::apply)
                .otherwise(event -> LOG.debugf("Ignoring %s on %s", event.envelope().type(), event.topic()));
        this.consumerName = application + ".reorganisations";
    }

    @Incoming("registry-reorganisations")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        consumer.handle(consumerName, record, handlers);
    }
}
