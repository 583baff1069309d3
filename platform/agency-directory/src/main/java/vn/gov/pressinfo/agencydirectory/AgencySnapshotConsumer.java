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

/** Feeds the agency and role read models from {@code registry.agencies.v1}, once per event. */
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

    @Incoming("registry-agencies")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        consumer.handle(consumerName, record, handlers);
    }
}
