package vn.gov.pressinfo.agencydirectory;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.smallrye.reactive.messaging.annotations.Blocking;
import vn.gov.pressinfo.events.Events;
import vn.gov.pressinfo.events.registry.AgencyRoleChanged;
import vn.gov.pressinfo.events.registry.AgencySnapshot;
import vn.gov.pressinfo.inbox.IdempotentConsumer;

/** Feeds the agency and role read models from {@code registry.agencies.v1}, once per event. */
@ApplicationScoped
public class AgencySnapshotConsumer {

    private static final Logger LOG = Logger.getLogger(AgencySnapshotConsumer.class);

    private final IdempotentConsumer consumer;
    private final AgencyDirectory directory;
    private final AgencyRoles roles;
    private final String consumerName;

    public AgencySnapshotConsumer(IdempotentConsumer consumer, AgencyDirectory directory, AgencyRoles roles,
            @ConfigProperty(name = "quarkus.application.name") String application) {
        this.consumer = consumer;
        this.directory = directory;
        this.roles = roles;
        this.consumerName = application + ".agency-directory";
    }

    @Incoming("registry-agencies")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        consumer.handle(consumerName, record, event -> {
            if (event.is(Events.AGENCY_CHANGED)) {
                directory.apply(event.data(AgencySnapshot.class));
            } else if (event.is(Events.AGENCY_ROLE_CHANGED)) {
                roles.apply(event.data(AgencyRoleChanged.class));
            } else {
                LOG.debugf("Ignoring %s on %s", event.envelope().type(), event.topic());
            }
        });
    }
}
