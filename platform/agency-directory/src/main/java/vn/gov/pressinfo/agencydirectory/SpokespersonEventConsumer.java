package vn.gov.pressinfo.agencydirectory;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.smallrye.reactive.messaging.annotations.Blocking;
import vn.gov.pressinfo.events.Events;
import vn.gov.pressinfo.inbox.EventHandlers;
import vn.gov.pressinfo.inbox.IdempotentConsumer;

/** Feeds {@link SpokespersonDirectory} from {@code registry.spokespersons.v1}, once per event. */
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

    @Incoming("registry-spokespersons")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        consumer.handle(consumerName, record, handlers);
    }
}
