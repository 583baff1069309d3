package vn.gov.pressinfo.pressresponse.presscard;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.gov.pressinfo.events.registry.PressCardChanged;

/**
 * Press cards (thẻ nhà báo) as registry publishes them, for checking a journalist's card when a press inquiry
 * comes in. Fed by {@link PressCardEventConsumer}; each card keeps the event with the latest changedAt, so a
 * replayed or late older event changes nothing.
 */
@ApplicationScoped
public class PressCardDirectory {

    private final PressCardReferenceRepository repository;

    public PressCardDirectory(PressCardReferenceRepository repository) {
        this.repository = repository;
    }

    /** Records the card as the event describes it, unless a newer change of it is already recorded. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(PressCardChanged event) {
        repository.upsert(normalise(event.number()), event);
    }

    /**
     * Checks a press card number on {@code day}: NOT_PRESENTED for a null or blank number, UNKNOWN when registry
     * has not published it, REVOKED or SUSPENDED as registry last said, EXPIRED after its last valid day, else
     * VALID. The number compares trimmed and upper case.
     */
    public PressCardCheck check(String number, LocalDate day) {
        if (number == null || number.isBlank()) {
            return new PressCardCheck(null, PressCardStatus.NOT_PRESENTED, null, null, null, null);
        }
        String normalised = normalise(number);
        Optional<PressCardReferenceRepository.RecordedCard> recorded = repository.findRecorded(normalised);
        if (recorded.isEmpty()) {
            return new PressCardCheck(normalised, PressCardStatus.UNKNOWN, null, null, null, null);
        }
        PressCardReferenceRepository.RecordedCard card = recorded.get();
        PressCardStatus status = switch (card.status()) {
            case "REVOKED" -> PressCardStatus.REVOKED;
            case "SUSPENDED" -> PressCardStatus.SUSPENDED;
            default -> day.isAfter(card.validUntil()) ? PressCardStatus.EXPIRED : PressCardStatus.VALID;
        };
        return new PressCardCheck(normalised, status, card.holderName(), card.pressAgencyId(), card.pressAgencyName(),
                card.validUntil());
    }

    private static String normalise(String number) {
        return number.trim().toUpperCase(Locale.ROOT);
    }
}
