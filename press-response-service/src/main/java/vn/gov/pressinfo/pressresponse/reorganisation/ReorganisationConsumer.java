package vn.gov.pressinfo.pressresponse.reorganisation;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.smallrye.reactive.messaging.annotations.Blocking;
import vn.gov.pressinfo.events.Events;
import vn.gov.pressinfo.events.registry.AgencyReorganized;
import vn.gov.pressinfo.inbox.IdempotentConsumer;

/** Moves the open press work of reorganised agencies ({@code registry.reorganisations.v1}, once per event; see {@link ReorganisationMover}). */
@ApplicationScoped
public class ReorganisationConsumer {

    private static final Logger LOG = Logger.getLogger(ReorganisationConsumer.class);

    private final IdempotentConsumer consumer;
    private final ReorganisationMover mover;
    private final String consumerName;

    public ReorganisationConsumer(IdempotentConsumer consumer, ReorganisationMover mover,
            @ConfigProperty(name = "quarkus.application.name") String application) {
        this.consumer = consumer;
        this.mover = mover;
        this.consumerName = application + ".reorganisations";
    }

    @Incoming("registry-reorganisations")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        consumer.handle(consumerName, record, event -> {
            if (event.is(Events.AGENCY_REORGANIZED)) {
                mover.apply(event.data(AgencyReorganized.class));
            } else {
                LOG.debugf("Ignoring %s on %s", event.envelope().type(), event.topic());
            }
        });
    }
}
