package vn.gov.pressinfo.registry.press;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.gov.pressinfo.events.Events;
import vn.gov.pressinfo.events.registry.PressCardChanged;
import vn.gov.pressinfo.outbox.Outbox;
import vn.gov.pressinfo.web.BusinessTime;
import vn.gov.pressinfo.web.Page;
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.ProblemException;

/**
 * Press cards (thẻ nhà báo): numbers are unique regardless of case, the press agency must exist, and
 * anyone may verify a number: a card is valid through its last day, in Vietnamese time, unless it is
 * suspended (tạm đình chỉ) or revoked (thu hồi). Recording a card and every status change publish
 * PressCardChanged through the outbox, in the same transaction.
 */
@ApplicationScoped
public class PressCardService {

    private final PressCardRepository cards;
    private final PressAgencyRepository pressAgencies;
    private final PressCardStatusChangeRepository statusChanges;
    private final Outbox outbox;
    private final BusinessTime time;

    public PressCardService(PressCardRepository cards, PressAgencyRepository pressAgencies, PressCardStatusChangeRepository statusChanges,
            Outbox outbox, BusinessTime time) {
        this.cards = cards;
        this.pressAgencies = pressAgencies;
        this.statusChanges = statusChanges;
        this.outbox = outbox;
        this.time = time;
    }

    /**
     * Records a press card.
     *
     * @throws ProblemException 422 for an unknown press agency, 409 when the number is taken
     */
    @Transactional
    public PressCard create(PressCardDetails request, String actor) {
        PressCardDetails details = request.cleaned();
        PressAgency pressAgency = pressAgencies.findByIdOptional(details.pressAgencyId()).orElseThrow(() ->
                ProblemException.unprocessable("pressAgencyId", "press agency " + details.pressAgencyId() + " does not exist"));
        if (cards.findByIdOptional(details.number()).isPresent()) {
            throw ProblemException.conflict("A press card numbered " + details.number() + " is already registered.");
        }
        PressCard card = PressCard.issue(details, actor, time.now());
        cards.persist(card);
        cards.flush(); // the primary key is the backstop for a concurrent duplicate (409)
        publish(card, pressAgency);
        return card;
    }

    /**
     * Suspends, revokes or reinstates (to {@link PressCardStatus#ACTIVE}) a card on a decision.
     *
     * @throws ProblemException 404 for an unknown card, 409 when its status does not allow the change
     */
    @Transactional
    public PressCard changeStatus(String number, PressCardStatus next, PressCardStatusRequest request, String actor) {
        PressCardStatusRequest cleaned = request.cleaned();
        String normalised = PressCard.normalise(number);
        // the row lock orders concurrent changes of one card, so each sees the status the other left
        PressCard card = cards.findByIdOptional(normalised, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("No press card numbered " + normalised + " is registered."));
        Instant now = time.now();
        statusChanges.persist(card.changeStatus(next, cleaned.decision(), cleaned.note(), actor, now));
        publish(card, pressAgencies.findById(card.pressAgencyId));
        return card;
    }

    private void publish(PressCard card, PressAgency pressAgency) {
        outbox.publish(Events.PRESS_CARD_CHANGED, new PressCardChanged(card.number, card.holderName, card.pressAgencyId, pressAgency.name,
                card.validUntil, card.status.name(), card.statusReason, card.statusChangedBy, card.statusChangedAt), card.statusChangedAt);
    }

    public Page<PressCardResponse> search(PressCardRepository.Filter filter, PageRequest page) {
        return cards.search(filter, page);
    }

    public PressCard get(String number) {
        String normalised = PressCard.normalise(number);
        return cards.findByIdOptional(normalised)
                .orElseThrow(() -> ProblemException.notFound("No press card numbered " + normalised + " is registered."));
    }

    /** Never fails for a well-formed number: an unregistered one is "unknown". */
    public PressCardVerification verify(String number) {
        String normalised = PressCard.normalise(number);
        return cards.findByIdOptional(normalised).map(card -> {
            PressAgency pressAgency = pressAgencies.findById(card.pressAgencyId);
            String status = switch (card.status) {
                case REVOKED -> PressCardVerification.REVOKED;
                case SUSPENDED -> PressCardVerification.SUSPENDED;
                case ACTIVE -> card.validOn(time.today()) ? PressCardVerification.VALID : PressCardVerification.EXPIRED;
            };
            return new PressCardVerification(card.number, status, card.holderName, pressAgency.name, card.validUntil);
        }).orElseGet(() -> PressCardVerification.unknown(normalised));
    }
}
