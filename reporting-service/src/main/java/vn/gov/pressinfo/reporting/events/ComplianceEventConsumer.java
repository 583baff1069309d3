package vn.gov.pressinfo.reporting.events;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;
import vn.gov.pressinfo.events.Events;
import vn.gov.pressinfo.events.registry.RegulationRecorded;
import vn.gov.pressinfo.events.registry.TrainingAttended;
import vn.gov.pressinfo.inbox.IdempotentConsumer;
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

    public ComplianceEventConsumer(IdempotentConsumer consumer, FactRepository facts) {
        this.consumer = consumer;
        this.facts = facts;
    }

    @Incoming("registry-compliance")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        consumer.handle(CONSUMER, record, event -> {
            ComplianceFact fact = new ComplianceFact();
            fact.eventId = UUID.fromString(event.id());
            if (event.is(Events.REGULATION_RECORDED)) {
                RegulationRecorded regulation = event.data(RegulationRecorded.class);
                fact.kind = ComplianceFact.Kind.REGULATION_RECORDED;
                fact.agencyId = regulation.agencyId();
                fact.effectiveOn = regulation.effectiveFrom();
                fact.rightPerson = true;
                fact.recordedAt = regulation.recordedAt();
            } else if (event.is(Events.TRAINING_ATTENDED)) {
                TrainingAttended training = event.data(TrainingAttended.class);
                fact.kind = ComplianceFact.Kind.TRAINING_ATTENDED;
                fact.agencyId = training.agencyId();
                fact.effectiveOn = training.heldOn();
                fact.rightPerson = "SPOKESPERSON".equals(training.attendedAs());
                fact.recordedAt = training.recordedAt();
            } else {
                return;
            }
            facts.add(fact);
        });
    }
}
