package vn.gov.pressinfo.reporting.events;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;
import vn.gov.pressinfo.events.Events;
import vn.gov.pressinfo.consumer.EventHandlers;
import vn.gov.pressinfo.consumer.IdempotentConsumer;
import vn.gov.pressinfo.reporting.assignment.ReorganisationMover;

/** Moves the open work of reorganised agencies to their successors (see {@link ReorganisationMover}). */
@ApplicationScoped
public class ReorganisationConsumer {

    static final String CONSUMER = "reporting-service.reorganisations";

    private final IdempotentConsumer consumer;
    private final EventHandlers handlers;

    public ReorganisationConsumer(IdempotentConsumer consumer, ReorganisationMover mover) {
        this.consumer = consumer;
        this.handlers = EventHandlers.create().on(Events.AGENCY_REORGANIZED, mover::apply);
    }

    @Incoming("registry-reorganisations")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        consumer.handle(CONSUMER, record, handlers);
    }
}
