package vn.gov.pressinfo.registry.press;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What anyone may learn about a press card (thẻ nhà báo) number: whether it is valid today, and for a
 * known card its holder, press agency and last valid day.
 */
@Schema(name = "PressCardVerification", description = "The result of verifying a press card number. holder, pressAgency and "
        + "validUntil are present only when the card is known.")
public record PressCardVerification(
        @Schema(description = "The number as verified (upper case).", example = "HN-12345") String number,
        @Schema(description = "valid: known and valid today (Asia/Ho_Chi_Minh); expired: known, past validUntil; unknown: not registered.",
                enumeration = {"valid", "expired", "unknown"}, example = "valid") String status,
        @Schema(description = "Holder's full name.", example = "Lê Minh Tâm") String holder,
        @Schema(description = "Name of the holder's press agency.", example = "Báo Kiên Giang") String pressAgency,
        @Schema(description = "Last day the card is valid.", example = "2025-12-31") LocalDate validUntil) {

    static final String VALID = "valid";
    static final String EXPIRED = "expired";
    static final String UNKNOWN = "unknown";

    static PressCardVerification unknown(String number) {
        return new PressCardVerification(number, UNKNOWN, null, null, null);
    }
}
