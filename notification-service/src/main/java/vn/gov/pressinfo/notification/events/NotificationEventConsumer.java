package vn.gov.pressinfo.notification.events;

import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import vn.gov.pressinfo.events.EventPayload;
import vn.gov.pressinfo.events.EventType;
import vn.gov.pressinfo.events.Events;
import vn.gov.pressinfo.consumer.EventHandlers;
import vn.gov.pressinfo.consumer.IdempotentConsumer;
import vn.gov.pressinfo.consumer.IncomingEvent;
import vn.gov.pressinfo.notification.delivery.DeliveryDispatcher;
import vn.gov.pressinfo.notification.delivery.StoredEvent;
import vn.gov.pressinfo.notification.digest.DigestReadModel;

/**
 * Consumes every domain topic but the agency snapshots (the platform's agency directory) once per event
 * (consumer {@value #CONSUMER}, its own Kafka group id so it does not share offsets with the platform's
 * directory channels) and routes each event to its recipients: one handler table for every type of the catalogue
 * ({@link Events#ALL}) parses the data once into its payload record, which the digest read model and the router
 * then read. The channels are batched ({@code batch=true}): the
 * records of one poll are handled in one transaction ({@link IdempotentConsumer#handleBatch}); a failing event is
 * retried on its own, then goes to the topic's dead-letter topic alone.
 */
@ApplicationScoped
public class NotificationEventConsumer {

    static final String CONSUMER = "notification-service.notify";
    private static final Logger LOG = Logger.getLogger(NotificationEventConsumer.class);

    private final IdempotentConsumer consumer;
    private final NotificationRouter router;
    private final DigestReadModel digest;
    private final DeliveryDispatcher dispatcher;
    private final EventHandlers handlers;
    /** Deliveries created since start-up, over every attempt (a rolled-back attempt only makes the dispatcher look once more). */
    private final AtomicLong created = new AtomicLong();

    public NotificationEventConsumer(IdempotentConsumer consumer, NotificationRouter router, DigestReadModel digest,
            DeliveryDispatcher dispatcher) {
        this.consumer = consumer;
        this.router = router;
        this.digest = digest;
        this.dispatcher = dispatcher;
        EventHandlers table = EventHandlers.create();
        for (EventType<?> type : Events.ALL) {
            table = table.on(type, this::onEvent);
        }
        this.handlers = table.otherwise(
                event -> LOG.debugf("Ignoring unknown event type %s on %s", event.envelope().type(), event.topic()));
    }

    @Incoming("notify-spokespersons")
    @Blocking
    public CompletionStage<Void> spokespersons(KafkaRecordBatch<String, String> batch) {
        return consume(batch);
    }

    @Incoming("notify-reorganisations")
    @Blocking
    public CompletionStage<Void> reorganisations(KafkaRecordBatch<String, String> batch) {
        return consume(batch);
    }

    @Incoming("notify-reporting")
    @Blocking
    public CompletionStage<Void> reporting(KafkaRecordBatch<String, String> batch) {
        return consume(batch);
    }

    @Incoming("notify-press")
    @Blocking
    public CompletionStage<Void> press(KafkaRecordBatch<String, String> batch) {
        return consume(batch);
    }

    private CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        long before = created.get();
        return consumer.handleBatch(CONSUMER, batch, handlers).thenAccept(handled -> {
            // Also wakes the dispatcher for deliveries another channel's batch created meanwhile; that batch wakes it too.
            if (created.get() != before) {
                dispatcher.wake();
            }
        });
    }

    /** Every event of the catalogue, its data parsed once into its payload record (which validates it before anything is stored). */
    private void onEvent(IncomingEvent event, EventPayload payload) {
        digest.apply(event, payload);
        created.addAndGet(router.route(stored(event), payload));
    }

    private static StoredEvent stored(IncomingEvent event) {
        return new StoredEvent(event.id(), event.envelope().type(), event.envelope().source(), event.envelope().subject(),
                event.envelope().time(), event.data());
    }
}
