package vn.gov.pressinfo.agencydirectory;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.smallrye.reactive.messaging.annotations.Blocking;
import vn.gov.pressinfo.events.Events;
import vn.gov.pressinfo.events.registry.AuthorizationExpired;
import vn.gov.pressinfo.events.registry.AuthorizationGranted;
import vn.gov.pressinfo.events.registry.SpokespersonAppointed;
import vn.gov.pressinfo.events.registry.SpokespersonRevoked;
import vn.gov.pressinfo.inbox.IdempotentConsumer;

/** Feeds {@link SpokespersonDirectory} from {@code registry.spokespersons.v1}, once per event. */
@ApplicationScoped
public class SpokespersonEventConsumer {

    private static final Logger LOG = Logger.getLogger(SpokespersonEventConsumer.class);

    private final IdempotentConsumer consumer;
    private final SpokespersonDirectory directory;
    private final String consumerName;

    public SpokespersonEventConsumer(IdempotentConsumer consumer, SpokespersonDirectory directory,
            @ConfigProperty(name = "quarkus.application.name") String application) {
        this.consumer = consumer;
        this.directory = directory;
        this.consumerName = application + ".spokesperson-directory";
    }

    @Incoming("registry-spokespersons")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        consumer.handle(consumerName, record, event -> {
            if (event.is(Events.SPOKESPERSON_APPOINTED)) {
                directory.apply(event.data(SpokespersonAppointed.class));
            } else if (event.is(Events.SPOKESPERSON_REVOKED)) {
                directory.apply(event.data(SpokespersonRevoked.class));
            } else if (event.is(Events.AUTHORIZATION_GRANTED)) {
                directory.apply(event.data(AuthorizationGranted.class));
            } else if (event.is(Events.AUTHORIZATION_EXPIRED)) {
                directory.apply(event.data(AuthorizationExpired.class));
            } else {
                LOG.debugf("Ignoring %s on %s", event.envelope().type(), event.topic());
            }
        });
    }
}
