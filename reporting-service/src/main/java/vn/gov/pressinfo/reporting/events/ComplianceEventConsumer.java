package vn.gov.pressinfo.reporting.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;
import vn.gov.pressinfo.events.Events;
import vn.gov.pressinfo.consumer.EventHandlers;
import vn.gov.pressinfo.consumer.IdempotentConsumer;
import vn.gov.pressinfo.consumer.IncomingEvent;
import vn.gov.pressinfo.reporting.facts.ComplianceFact;
import vn.gov.pressinfo.reporting.facts.FactRepository;

/**
 * Keeps the registry facts of the compliance score: spokesperson regulations recorded and trainings attended. Reads
 * the spokesperson topic on its own channel and group, apart from the platform's spokesperson read model.
 */
@ApplicationScoped
public class ComplianceEventConsumer {

    static final String CONSUMER = "reporting-service.compliance";

    private final IdempotentConsumer consumer;
    private final FactRepository facts;
    private final EventHandlers handlers;

    public ComplianceEventConsumer(IdempotentConsumer consumer, FactRepository facts) {
        this.consumer = consumer;
        this.facts = facts;
        this.handlers = EventHandlers.create()
                .on(Events.REGULATION_RECORDED, (event, regulation) -> add(event, ComplianceFact.Kind.REGULATION_RECORDED,
                        regulation.agencyId(), regulation.effectiveFrom(), true, regulation.recordedAt()))
                .on(Events.TRAINING_ATTENDED, (event, training) -> add(event, ComplianceFact.Kind.TRAINING_ATTENDED,
                        training.agencyId(), training.heldOn(), "SPOKESPERSON".equals(training.attendedAs()), training.recordedAt()));
    }

    @Incoming("registry-compliance")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        consumer.handle(CONSUMER, record, handlers);
    }

    private void add(IncomingEvent event, ComplianceFact.Kind kind, UUID agencyId, LocalDate effectiveOn, boolean rightPerson,
            Instant recordedAt) {
        ComplianceFact fact = new ComplianceFact();
        fact.eventId = UUID.fromString(event.id());
        fact.kind = kind;
        fact.agencyId = agencyId;
        fact.effectiveOn = effectiveOn;
        fact.rightPerson = rightPerson;
        fact.recordedAt = recordedAt;
        facts.add(fact);
    }
}
