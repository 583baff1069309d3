package vn.gov.pressinfo.pressresponse.presscard;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;
import vn.gov.pressinfo.events.Events;
import vn.gov.pressinfo.consumer.EventHandlers;
import vn.gov.pressinfo.consumer.IdempotentConsumer;

/**
 * Feeds {@link PressCardDirectory} from registry's PressCardChanged events, once per event. Reads the spokesperson
 * topic on its own channel and group, apart from the platform's spokesperson read model, and ignores the topic's
 * other event types.
 */
@ApplicationScoped
public class PressCardEventConsumer {

    static final String CONSUMER = "press-response-service.press-cards";

    private final IdempotentConsumer consumer;
    private final EventHandlers handlers;

    public PressCardEventConsumer(IdempotentConsumer consumer, PressCardDirectory directory) {
        this.consumer = consumer;
        this.handlers = EventHandlers.create().on(Events.PRESS_CARD_CHANGED, directory::apply);
    }

    @Incoming("registry-press-cards")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        consumer.handle(CONSUMER, record, handlers);
    }
}
