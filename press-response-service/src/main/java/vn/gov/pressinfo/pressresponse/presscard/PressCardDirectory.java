package vn.gov.pressinfo.pressresponse.presscard;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

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
        // One statement, so that two consumers applying changes of one card at once cannot undo the newer one.
        repository.getEntityManager().createNativeQuery("""
                INSERT INTO press_card_reference (number, holder_name, press_agency_id, press_agency_name, valid_until, status,
                    status_reason, changed_at, received_at)
                VALUES (:number, :holderName, :pressAgencyId, :pressAgencyName, :validUntil, :status, :statusReason, :changedAt, now())
                ON CONFLICT (number) DO UPDATE SET holder_name = EXCLUDED.holder_name, press_agency_id = EXCLUDED.press_agency_id,
                    press_agency_name = EXCLUDED.press_agency_name, valid_until = EXCLUDED.valid_until, status = EXCLUDED.status,
                    status_reason = EXCLUDED.status_reason, changed_at = EXCLUDED.changed_at, received_at = EXCLUDED.received_at
                WHERE press_card_reference.changed_at <= EXCLUDED.changed_at""")
                .setParameter("number", normalise(event.number()))
                .setParameter("holderName", event.holderName())
                .setParameter("pressAgencyId", event.pressAgencyId())
                .setParameter("pressAgencyName", event.pressAgencyName())
                .setParameter("validUntil", event.validUntil())
                .setParameter("status", event.status())
                .setParameter("statusReason", event.statusReason())
                .setParameter("changedAt", event.changedAt())
                .executeUpdate();
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
        // Scalars rather than the entity: a long-lived session must not answer from a card it loaded before a newer event.
        List<Object[]> rows = repository.getEntityManager().createQuery("SELECT c.status, c.holderName, c.pressAgencyId, "
                + "c.pressAgencyName, c.validUntil FROM PressCardReference c WHERE c.number = :number", Object[].class)
                .setParameter("number", normalised).getResultList();
        if (rows.isEmpty()) {
            return new PressCardCheck(normalised, PressCardStatus.UNKNOWN, null, null, null, null);
        }
        Object[] card = rows.get(0);
        LocalDate validUntil = (LocalDate) card[4];
        PressCardStatus status = switch ((String) card[0]) {
            case "REVOKED" -> PressCardStatus.REVOKED;
            case "SUSPENDED" -> PressCardStatus.SUSPENDED;
            default -> day.isAfter(validUntil) ? PressCardStatus.EXPIRED : PressCardStatus.VALID;
        };
        return new PressCardCheck(normalised, status, (String) card[1], (UUID) card[2], (String) card[3], validUntil);
    }

    private static String normalise(String number) {
        return number.trim().toUpperCase(Locale.ROOT);
    }
}
