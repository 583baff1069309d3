package vn.gov.pressinfo.reporting.events;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;
import vn.gov.pressinfo.events.Events;
import vn.gov.pressinfo.events.press.FalseInfoFlagged;
import vn.gov.pressinfo.events.press.RebuttalSent;
import vn.gov.pressinfo.inbox.IdempotentConsumer;
import vn.gov.pressinfo.reporting.facts.FactRepository;
import vn.gov.pressinfo.reporting.facts.PressFact;
import vn.gov.pressinfo.web.BusinessTime;

/**
 * Keeps the press facts reports and compliance need: false information flagged for an agency and rebuttals it sent
 * (with whether on time). Other press events are ignored.
 */
@ApplicationScoped
public class PressEventConsumer {

    static final String CONSUMER = "reporting-service.press-facts";

    private final IdempotentConsumer consumer;
    private final FactRepository facts;

    public PressEventConsumer(IdempotentConsumer consumer, FactRepository facts) {
        this.consumer = consumer;
        this.facts = facts;
    }

    @Incoming("press-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        consumer.handle(CONSUMER, record, event -> {
            PressFact fact = new PressFact();
            fact.eventId = UUID.fromString(event.id());
            if (event.is(Events.REBUTTAL_SENT)) {
                RebuttalSent sent = event.data(RebuttalSent.class);
                fact.kind = PressFact.Kind.REBUTTAL_SENT;
                fact.caseId = sent.caseId();
                fact.agencyId = sent.agencyId();
                fact.onTime = sent.onTime();
                fact.occurredAt = sent.sentAt();
            } else if (event.is(Events.FALSE_INFO_FLAGGED)) {
                FalseInfoFlagged flagged = event.data(FalseInfoFlagged.class);
                fact.kind = PressFact.Kind.FALSE_INFO_FLAGGED;
                fact.caseId = flagged.caseId();
                fact.agencyId = flagged.agencyId();
                fact.occurredAt = flagged.flaggedAt();
            } else {
                return;
            }
            fact.occurredOn = fact.occurredAt.atZone(BusinessTime.ZONE).toLocalDate();
            facts.add(fact);
        });
    }
}
