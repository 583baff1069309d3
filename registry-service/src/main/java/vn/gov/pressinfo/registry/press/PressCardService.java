package vn.gov.pressinfo.registry.press;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.gov.pressinfo.web.BusinessTime;
import vn.gov.pressinfo.web.Page;
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.ProblemException;

/**
 * Press cards (thẻ nhà báo): numbers are unique regardless of case, the press agency must exist, and
 * anyone may verify a number: a card is valid through its last day, in Vietnamese time.
 */
@ApplicationScoped
public class PressCardService {

    private final PressCardRepository cards;
    private final PressAgencyRepository pressAgencies;
    private final BusinessTime time;

    public PressCardService(PressCardRepository cards, PressAgencyRepository pressAgencies, BusinessTime time) {
        this.cards = cards;
        this.pressAgencies = pressAgencies;
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
        if (pressAgencies.findByIdOptional(details.pressAgencyId()).isEmpty()) {
            throw ProblemException.unprocessable("pressAgencyId", "press agency " + details.pressAgencyId() + " does not exist");
        }
        if (cards.findByIdOptional(details.number()).isPresent()) {
            throw ProblemException.conflict("A press card numbered " + details.number() + " is already registered.");
        }
        PressCard card = new PressCard();
        card.number = details.number();
        card.holderName = details.holderName();
        card.pressAgencyId = details.pressAgencyId();
        card.validUntil = details.validUntil();
        card.createdAt = time.now();
        card.createdBy = actor;
        cards.persist(card);
        cards.flush(); // the primary key is the backstop for a concurrent duplicate (409)
        return card;
    }

    public Page<PressCard> search(PressCardRepository.Filter filter, PageRequest page) {
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
            String status = card.validOn(time.today()) ? PressCardVerification.VALID : PressCardVerification.EXPIRED;
            return new PressCardVerification(card.number, status, card.holderName, pressAgency.name, card.validUntil);
        }).orElseGet(() -> PressCardVerification.unknown(normalised));
    }
}
