package vn.gov.pressinfo.agencydirectory;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import vn.gov.pressinfo.events.Events;
import vn.gov.pressinfo.consumer.EventHandlers;
import vn.gov.pressinfo.consumer.IdempotentConsumer;

/**
 * Feeds {@link SpokespersonDirectory} from {@code registry.spokespersons.v1}, once per event. It declares no channel:
 * the service does, with an {@code @Incoming("registry-spokespersons") @Blocking} method that hands each record to
 * {@link #consume}, and the channel's configuration in its {@code application.properties}.
 */
@ApplicationScoped
public class SpokespersonEventConsumer {

    private static final Logger LOG = Logger.getLogger(SpokespersonEventConsumer.class);

    private final IdempotentConsumer consumer;
    private final EventHandlers handlers;
    private final String consumerName;

    public SpokespersonEventConsumer(IdempotentConsumer consumer, SpokespersonDirectory directory,
            @ConfigProperty(name = "quarkus.application.name") String application) {
        this.consumer = consumer;
        this.handlers = EventHandlers.create()
                .on(Events.SPOKESPERSON_APPOINTED, directory::apply)
                .on(Events.SPOKESPERSON_REVOKED, directory::apply)
                .on(Events.AUTHORIZATION_GRANTED, directory::apply)
                .on(Events.AUTHORIZATION_EXPIRED, directory::apply)
                .otherwise(event -> LOG.debugf("Ignoring %s on %s", event.envelope().type(), event.topic()));
        this.consumerName = application + ".spokesperson-directory";
    }

    /** Applies one record of {@code registry.spokespersons.v1}; call it from a blocking {@code @Incoming} method. */
    public void consume(ConsumerRecord<String, String> record) {
        consumer.handle(consumerName, record, handlers);
    }
}
