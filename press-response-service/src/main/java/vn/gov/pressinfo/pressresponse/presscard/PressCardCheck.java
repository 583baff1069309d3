package vn.gov.pressinfo.pressresponse.presscard;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The result of checking a press card number against the read model: the number as checked (upper case; null
 * when none was presented), what was found, and for a known card its holder, press agency and last valid day
 * (null otherwise).
 */
public record PressCardCheck(String number, PressCardStatus status, String holderName, UUID pressAgencyId, String pressAgencyName,
        LocalDate validUntil) {
}
