package vn.gov.pressinfo.events.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import vn.gov.pressinfo.events.AgencyScoped;
import vn.gov.pressinfo.events.EventPayload;

/**
 * A spokesperson's appointment (người phát ngôn) was revoked: it ends on {@link #validTo()}, the
 * revocation's effective date. Keyed by the agency id.
 *
 * @param agencyId       the agency the person spoke for
 * @param agencyName     the agency's name at the time of the revocation
 * @param spokespersonId id of the appointment
 * @param kind           {@code HEAD} or {@code APPOINTED}
 * @param fullName       full name
 * @param title          position held
 * @param email          contact email
 * @param phone          contact phone
 * @param validFrom      first day of the appointment
 * @param validTo        effective date of the revocation: the first day the person no longer speaks (exclusive end)
 * @param reason         why it was revoked
 * @param revokedAt      when the revocation was recorded (UTC)
 */
public record SpokespersonRevoked(
        UUID agencyId,
        String agencyName,
        UUID spokespersonId,
        String kind,
        String fullName,
        String title,
        String email,
        String phone,
        LocalDate validFrom,
        LocalDate validTo,
        String reason,
        Instant revokedAt) implements EventPayload, AgencyScoped {

    @Override
    public String aggregateId() {
        return agencyId.toString();
    }
}
