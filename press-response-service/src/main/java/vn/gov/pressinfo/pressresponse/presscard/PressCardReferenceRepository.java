package vn.gov.pressinfo.pressresponse.presscard;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import vn.gov.pressinfo.events.registry.PressCardChanged;

/** The SQL of the press card read model; {@link PressCardDirectory} keeps its rules. */
@ApplicationScoped
public class PressCardReferenceRepository implements PanacheRepositoryBase<PressCardReference, String> {

    /** A recorded card, as registry last described it; the status as registry sends it (ACTIVE, SUSPENDED or REVOKED). */
    public record RecordedCard(String status, String holderName, UUID pressAgencyId, String pressAgencyName, LocalDate validUntil) {
    }

    /**
     * Records card {@code number} as {@code event} describes it, unless a change of it at least as new is recorded. One
     * statement, so that two consumers applying changes of one card at once cannot undo the newer one. Call it in a transaction.
     */
    public void upsert(String number, PressCardChanged event) {
        getEntityManager().createNativeQuery("""
                INSERT INTO press_card_reference (number, holder_name, press_agency_id, press_agency_name, valid_until, status,
                    status_reason, changed_at, received_at)
                VALUES (:number, :holderName, :pressAgencyId, :pressAgencyName, :validUntil, :status, :statusReason, :changedAt, now())
                ON CONFLICT (number) DO UPDATE SET holder_name = EXCLUDED.holder_name, press_agency_id = EXCLUDED.press_agency_id,
                    press_agency_name = EXCLUDED.press_agency_name, valid_until = EXCLUDED.valid_until, status = EXCLUDED.status,
                    status_reason = EXCLUDED.status_reason, changed_at = EXCLUDED.changed_at, received_at = EXCLUDED.received_at
                WHERE press_card_reference.changed_at <= EXCLUDED.changed_at""")
                .setParameter("number", number)
                .setParameter("holderName", event.holderName())
                .setParameter("pressAgencyId", event.pressAgencyId())
                .setParameter("pressAgencyName", event.pressAgencyName())
                .setParameter("validUntil", event.validUntil())
                .setParameter("status", event.status())
                .setParameter("statusReason", event.statusReason())
                .setParameter("changedAt", event.changedAt())
                .executeUpdate();
    }

    /** Card {@code number} (upper case) as recorded, if it is. */
    public Optional<RecordedCard> findRecorded(String number) {
        // Scalars rather than the entity: a long-lived session must not answer from a card it loaded before a newer event.
        List<Object[]> rows = getEntityManager().createQuery("SELECT c.status, c.holderName, c.pressAgencyId, "
                + "c.pressAgencyName, c.validUntil FROM PressCardReference c WHERE c.number = :number", Object[].class)
                .setParameter("number", number).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] card = rows.get(0);
        return Optional.of(new RecordedCard((String) card[0], (String) card[1], (UUID) card[2], (String) card[3], (LocalDate) card[4]));
    }
}
