package vn.gov.pressinfo.registry.press;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What anyone may learn about a press card (thẻ nhà báo) number: whether it is valid today, expired, suspended
 * (tạm đình chỉ) or revoked (thu hồi), and for a known card its holder, press agency and last valid day.
 */
@Schema(name = "PressCardVerification", description = "The result of verifying a press card number. holder, pressAgency and "
        + "validUntil are present only when the card is known.")
public record PressCardVerification(
        @Schema(description = "The number as verified (upper case).", example = "HN-12345", maxLength = 100) String number,
        @Schema(description = "valid: known, neither suspended nor revoked, and valid today (Asia/Ho_Chi_Minh); expired: known, "
                + "past validUntil; suspended: suspended by a decision (tạm đình chỉ), until reinstated; revoked: revoked by a "
                + "decision (thu hồi), for good; unknown: not registered. A suspended or revoked card is so reported whatever its validUntil.",
                enumeration = {"valid", "expired", "suspended", "revoked", "unknown"}, example = "valid") String status,
        @Schema(description = "Holder's full name.", example = "Lê Minh Tâm", maxLength = 200) String holder,
        @Schema(description = "Name of the holder's press agency.", example = "Báo Kiên Giang", maxLength = 300) String pressAgency,
        @Schema(description = "Last day the card is valid.", example = "2025-12-31") LocalDate validUntil) {

    static final String VALID = "valid";
    static final String EXPIRED = "expired";
    static final String SUSPENDED = "suspended";
    static final String REVOKED = "revoked";
    static final String UNKNOWN = "unknown";

    static PressCardVerification unknown(String number) {
        return new PressCardVerification(number, UNKNOWN, null, null, null);
    }
}
