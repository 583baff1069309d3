package vn.gov.pressinfo.notification.events;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.smallrye.reactive.messaging.annotations.Blocking;
import vn.gov.pressinfo.events.Events;
import vn.gov.pressinfo.inbox.IdempotentConsumer;
import vn.gov.pressinfo.inbox.IncomingEvent;
import vn.gov.pressinfo.notification.delivery.DeliveryDispatcher;
import vn.gov.pressinfo.notification.delivery.StoredEvent;
import vn.gov.pressinfo.notification.digest.DigestReadModel;

/**
 * Consumes every domain topic but the agency snapshots (the platform's agency directory) once per event
 * (consumer {@value #CONSUMER}, its own Kafka group id so it does not share offsets with the platform's
 * directory channels) and routes each event to its recipients. Failing events are retried, then go to the topic's dead-letter topic.
 */
@ApplicationScoped
public class NotificationEventConsumer {

    static final String CONSUMER = "notification-service.notify";
    private static final Logger LOG = Logger.getLogger(NotificationEventConsumer.class);

    private final IdempotentConsumer consumer;
    private final NotificationRouter router;
    private final DigestReadModel digest;
    private final DeliveryDispatcher dispatcher;

    public NotificationEventConsumer(IdempotentConsumer consumer, NotificationRouter router, DigestReadModel digest,
            DeliveryDispatcher dispatcher) {
        this.consumer = consumer;
        this.router = router;
        this.digest = digest;
        this.dispatcher = dispatcher;
    }

    @Incoming("notify-spokespersons")
    @Blocking
    public void spokespersons(ConsumerRecord<String, String> record) {
        consume(record);
    }

    @Incoming("notify-reorganisations")
    @Blocking
    public void reorganisations(ConsumerRecord<String, String> record) {
        consume(record);
    }

    @Incoming("notify-reporting")
    @Blocking
    public void reporting(ConsumerRecord<String, String> record) {
        consume(record);
    }

    @Incoming("notify-press")
    @Blocking
    public void press(ConsumerRecord<String, String> record) {
        consume(record);
    }

    private void consume(ConsumerRecord<String, String> record) {
        int[] created = {0};
        consumer.handle(CONSUMER, record, event -> {
            if (Events.byType(event.envelope().type()).isEmpty()) {
                LOG.debugf("Ignoring unknown event type %s on %s", event.envelope().type(), event.topic());
                return;
            }
            digest.apply(event);
            created[0] = router.route(stored(event));
        });
        if (created[0] > 0) {
            dispatcher.wake();
        }
    }

    private static StoredEvent stored(IncomingEvent event) {
        // Validates the data against its payload record before anything is stored.
        Events.byType(event.envelope().type()).ifPresent(t -> event.data(t.payloadType()));
        return new StoredEvent(event.id(), event.envelope().type(), event.envelope().source(), event.envelope().subject(),
                event.envelope().time(), event.data());
    }
}
