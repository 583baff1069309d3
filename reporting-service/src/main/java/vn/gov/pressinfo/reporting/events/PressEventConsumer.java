package vn.gov.pressinfo.reporting.events;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.reactive.messaging.annotations.Blocking;
import vn.gov.pressinfo.events.EventPayload;
import vn.gov.pressinfo.events.Events;
import vn.gov.pressinfo.events.press.FalseInfoFlagged;
import vn.gov.pressinfo.events.press.IncidentRegistered;
import vn.gov.pressinfo.events.press.InitialStatementOverdue;
import vn.gov.pressinfo.events.press.PressDutyMissed;
import vn.gov.pressinfo.events.press.PressInquiryAnswered;
import vn.gov.pressinfo.events.press.PressInquiryOverdue;
import vn.gov.pressinfo.events.press.PressInquiryReceived;
import vn.gov.pressinfo.events.press.PressInquiryRefused;
import vn.gov.pressinfo.events.press.RebuttalSent;
import vn.gov.pressinfo.events.press.StatementIssued;
import vn.gov.pressinfo.consumer.EventHandlers;
import vn.gov.pressinfo.consumer.IdempotentConsumer;
import vn.gov.pressinfo.consumer.IncomingEvent;
import vn.gov.pressinfo.reporting.facts.FactRepository;
import vn.gov.pressinfo.reporting.facts.PressFact;
import vn.gov.pressinfo.web.BusinessTime;

/**
 * Keeps the press facts reports and compliance need: false information flagged for an agency and rebuttals it sent
 * (with whether on time), press inquiries it answered (wholly or partly), refused (with whether on time) or left
 * overdue, statements it issued (with their form and what they answer), incidents it leads and their overdue initial
 * statements, and periodic duties it missed. Other press events are ignored. Each handled type maps its payload to one fact; adding a type is one entry in
 * the handler table.
 */
@ApplicationScoped
public class PressEventConsumer {

    static final String CONSUMER = "reporting-service.press-facts";

    private final IdempotentConsumer consumer;
    private final FactRepository facts;
    /** Event type → the fact its payload becomes. */
    private final EventHandlers handlers;

    public PressEventConsumer(IdempotentConsumer consumer, FactRepository facts) {
        this.consumer = consumer;
        this.facts = facts;
        this.handlers = EventHandlers.create()
                .on(Events.REBUTTAL_SENT, recording((RebuttalSent e) -> caseFact(PressFact.Kind.REBUTTAL_SENT, e.caseId(), e.agencyId(),
                        e.onTime(), e.sentAt())))
                .on(Events.FALSE_INFO_FLAGGED, recording((FalseInfoFlagged e) -> caseFact(PressFact.Kind.FALSE_INFO_FLAGGED, e.caseId(),
                        e.agencyId(), null, e.flaggedAt())))
                .on(Events.PRESS_INQUIRY_ANSWERED, recording((PressInquiryAnswered e) -> {
                    PressFact fact = inquiryFact(PressFact.Kind.INQUIRY_ANSWERED, e.inquiryId(), e.agencyId(), e.onTime(), e.answeredAt());
                    fact.partial = "PARTIALLY_ANSWERED".equals(e.outcome());
                    return fact;
                }))
                .on(Events.PRESS_INQUIRY_RECEIVED, recording((PressInquiryReceived e) -> {
                    PressFact fact = inquiryFact(PressFact.Kind.INQUIRY_RECEIVED, e.inquiryId(), e.agencyId(), false, e.receivedAt());
                    fact.onTime = null;
                    return fact;
                }))
                .on(Events.PRESS_INQUIRY_REFUSED, recording((PressInquiryRefused e) -> {
                    PressFact fact = inquiryFact(PressFact.Kind.INQUIRY_REFUSED, e.inquiryId(), e.agencyId(), e.onTime(), e.refusedAt());
                    fact.grounds = e.grounds().toArray(String[]::new);
                    fact.groundLabels = e.groundLabels() == null ? null : e.groundLabels().toArray(String[]::new);
                    return fact;
                }))
                // The first level only: an inquiry that went past its answer deadline unanswered (VERY_OVERDUE adds nothing here).
                .on(Events.PRESS_INQUIRY_OVERDUE, recording((PressInquiryOverdue e) -> "OVERDUE".equals(e.level())
                        ? inquiryFact(PressFact.Kind.INQUIRY_OVERDUE, e.inquiryId(), e.agencyId(), false, e.detectedAt()) : null))
                .on(Events.STATEMENT_ISSUED, recording((StatementIssued e) -> {
                    PressFact fact = fact(PressFact.Kind.STATEMENT_ISSUED, e.agencyId(), e.issuedAt());
                    fact.statementId = e.statementId();
                    fact.form = e.form();
                    fact.inquiryId = e.inquiryId();
                    fact.incidentId = e.incidentId();
                    fact.caseId = e.caseId();
                    return fact;
                }))
                // Dated by when the event became known: the incident belongs to the period it happened in.
                .on(Events.INCIDENT_REGISTERED, recording((IncidentRegistered e) -> incidentFact(PressFact.Kind.INCIDENT_REGISTERED,
                        e.incidentId(), e.agencyId(), e.knownAt(), e.initialStatementDueAt(), e.knownAt())))
                .on(Events.INITIAL_STATEMENT_OVERDUE, recording((InitialStatementOverdue e) -> incidentFact(
                        PressFact.Kind.INITIAL_STATEMENT_OVERDUE, e.incidentId(), e.agencyId(), e.knownAt(), e.initialStatementDueAt(),
                        e.detectedAt())))
                // Dated by the last day of the missed period, so it counts in the period it was missed, not when it was found.
                .on(Events.PRESS_DUTY_MISSED, recording((PressDutyMissed e) -> {
                    PressFact fact = fact(PressFact.Kind.PRESS_DUTY_MISSED, e.agencyId(), e.detectedAt());
                    fact.dutyId = e.dutyId();
                    fact.periodLabel = e.periodLabel();
                    fact.occurredOn = e.periodEnd();
                    return fact;
                }));
    }

    @Incoming("press-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        consumer.handle(CONSUMER, record, handlers);
    }

    /** Each handled type maps its payload to one fact, or to none (null). */
    private <T extends EventPayload> EventHandlers.PayloadHandler<T> recording(Function<T, PressFact> toFact) {
        return (event, payload) -> add(event, toFact.apply(payload));
    }

    private void add(IncomingEvent event, PressFact fact) {
        if (fact == null) {
            return;
        }
        fact.eventId = UUID.fromString(event.id());
        if (fact.occurredOn == null) {
            fact.occurredOn = fact.occurredAt.atZone(BusinessTime.ZONE).toLocalDate();
        }
        facts.add(fact);
    }

    private static PressFact fact(PressFact.Kind kind, UUID agencyId, Instant at) {
        PressFact fact = new PressFact();
        fact.kind = kind;
        fact.agencyId = agencyId;
        fact.occurredAt = at;
        return fact;
    }

    private static PressFact incidentFact(PressFact.Kind kind, UUID incidentId, UUID agencyId, Instant knownAt, Instant dueAt, Instant at) {
        PressFact fact = fact(kind, agencyId, at);
        fact.incidentId = incidentId;
        fact.knownAt = knownAt;
        fact.dueAt = dueAt;
        return fact;
    }

    private static PressFact caseFact(PressFact.Kind kind, UUID caseId, UUID agencyId, Boolean onTime, Instant at) {
        PressFact fact = new PressFact();
        fact.kind = kind;
        fact.caseId = caseId;
        fact.agencyId = agencyId;
        fact.onTime = onTime;
        fact.occurredAt = at;
        return fact;
    }

    private static PressFact inquiryFact(PressFact.Kind kind, UUID inquiryId, UUID agencyId, boolean onTime, Instant at) {
        PressFact fact = new PressFact();
        fact.kind = kind;
        fact.inquiryId = inquiryId;
        fact.agencyId = agencyId;
        fact.onTime = onTime;
        fact.occurredAt = at;
        return fact;
    }
}
