package vn.gov.pressinfo.registry.press;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One status change of a press card (suspension, revocation or reinstatement) with its decision, who and when.
 * Appended on every change, never edited; the card itself keeps only where it now stands.
 */
@Entity
@Table(name = "press_card_status_change")
public class PressCardStatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String number;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public PressCardStatus fromStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public PressCardStatus toStatus;
    public String decision;
    public String note;
    @Column(name = "changed_at")
    public Instant changedAt;
    @Column(name = "changed_by")
    public String changedBy;

    static PressCardStatusChange of(PressCard card, PressCardStatus next, String decision, String note, String actor, Instant now) {
        PressCardStatusChange change = new PressCardStatusChange();
        change.number = card.number;
        change.fromStatus = card.status;
        change.toStatus = next;
        change.decision = decision;
        change.note = note;
        change.changedAt = now;
        change.changedBy = actor;
        return change;
    }
}
