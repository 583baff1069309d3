package vn.gov.pressinfo.registry.press;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A press card (thẻ nhà báo): its number, its holder, the press agency that applied for it and the
 * last day it is valid. Kept so that an agency receiving a visiting journalist can verify the card.
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
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;

    /** How numbers are compared and stored: trimmed, upper case ("hn-12345" is "HN-12345"). */
    public static String normalise(String number) {
        return number.trim().toUpperCase(Locale.ROOT);
    }

    /** Whether the card is still valid on {@code day} (it is valid through its last day). */
    boolean validOn(LocalDate day) {
        return !day.isAfter(validUntil);
    }
}
