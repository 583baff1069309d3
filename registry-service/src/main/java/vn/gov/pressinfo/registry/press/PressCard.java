package vn.gov.pressinfo.registry.press;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.gov.pressinfo.web.persistence.CreationStamp;

/**
 * A press card (thẻ nhà báo): its number, its holder, the press agency that applied for it and the
 * last day it is valid, and whether it stands, is suspended (tạm đình chỉ) or revoked (thu hồi). Kept so that an
 * agency receiving a visiting journalist can verify the card.
 */
@Entity
@Table(name = "press_card")
public class PressCard {

    /** Letters and digits in groups joined by single hyphens, e.g. HN-12345; at most {@link #MAX_NUMBER_LENGTH}. */
    public static final String NUMBER_PATTERN = "[A-Za-z0-9]+(-[A-Za-z0-9]+)*";
    public static final String NUMBER_MESSAGE = "must be letters and digits in groups joined by single hyphens, e.g. HN-12345";
    public static final int MAX_NUMBER_LENGTH = 50;

    /** The card number, stored upper case. */
    @Id
    public String number;
    @Column(name = "holder_name")
    public String holderName;
    /** lower(f_unaccent(holder_name)), maintained by PostgreSQL for accent-insensitive search. */
    @Column(name = "holder_search", insertable = false, updatable = false)
    public String holderSearch;
    @Column(name = "press_agency_id")
    public UUID pressAgencyId;
    @Column(name = "valid_until")
    public LocalDate validUntil;
    /** Who created the row, and when. */
    @Embedded
    public CreationStamp stamp;
    @Enumerated(EnumType.STRING)
    public PressCardStatus status;
    /** The decision behind a suspension or revocation; null while ACTIVE. */
    @Column(name = "status_reason")
    public String statusReason;
    @Column(name = "status_note")
    public String statusNote;
    /** When and by whom the status last changed (the recording of the card counts as the first change). */
    @Column(name = "status_changed_at")
    public Instant statusChangedAt;
    @Column(name = "status_changed_by")
    public String statusChangedBy;

    /** How numbers are compared and stored: trimmed, upper case ("hn-12345" is "HN-12345"). */
    public static String normalise(String number) {
        return number.trim().toUpperCase(Locale.ROOT);
    }

    /** Whether the card is still valid on {@code day} (it is valid through its last day). */
    boolean validOn(LocalDate day) {
        return !day.isAfter(validUntil);
    }

    /**
     * Moves the card to {@code next}, on {@code decision}.
     *
     * @return the change, to be kept in the card's history
     * @throws vn.gov.pressinfo.web.ProblemException 409 when the card's status does not allow it
     */
    PressCardStatusChange changeStatus(PressCardStatus next, String decision, String note, String actor, Instant now) {
        if (!status.allows(next)) {
            throw vn.gov.pressinfo.web.ProblemException.conflict("Press card " + number + " is " + status + ": it cannot be "
                    + switch (next) {
                        case ACTIVE -> "reinstated";
                        case SUSPENDED -> "suspended";
                        case REVOKED -> "revoked";
                    } + (status == PressCardStatus.REVOKED ? " (a revocation is final)." : "."));
        }
        PressCardStatusChange change = PressCardStatusChange.of(this, next, decision, note, actor, now);
        status = next;
        statusReason = next == PressCardStatus.ACTIVE ? null : decision;
        statusNote = note;
        statusChangedAt = now;
        statusChangedBy = actor;
        return change;
    }

    /** An active card issued by {@code actor} at {@code now}, from cleaned details; its status changed then too. */
    static PressCard issue(PressCardDetails details, String actor, Instant now) {
        PressCard card = new PressCard();
        card.number = details.number();
        card.holderName = details.holderName();
        card.pressAgencyId = details.pressAgencyId();
        card.validUntil = details.validUntil();
        card.stamp = CreationStamp.of(actor, now);
        card.status = PressCardStatus.ACTIVE;
        card.statusChangedAt = now;
        card.statusChangedBy = actor;
        return card;
    }
}
