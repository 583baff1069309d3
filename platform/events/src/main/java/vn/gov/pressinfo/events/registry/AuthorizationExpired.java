package vn.gov.pressinfo.events.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import vn.gov.pressinfo.events.AgencyScoped;
import vn.gov.pressinfo.events.EventPayload;

/**
 * An authorization to speak on one matter (người được ủy quyền phát ngôn) reached its end date: the
 * day after {@link #validTo()} began in Asia/Ho_Chi_Minh. Published once per authorization. Keyed by
 * the agency id.
 *
 * @param agencyId        the agency that granted the authorization
 * @param agencyName      the agency's name at the time of expiry
 * @param authorizationId id of the authorization
 * @param kind            always {@code AUTHORIZED}
 * @param fullName        full name of the authorized person
 * @param title           position held
 * @param email           contact email
 * @param phone           contact phone
 * @param scope           the matter the authorization covered
 * @param validFrom       first day of the authorization
 * @param validTo         last day of the authorization (inclusive)
 * @param expiredAt       when the expiry was recorded (UTC)
 */
public record AuthorizationExpired(
        UUID agencyId,
        String agencyName,
        UUID authorizationId,
        String kind,
        String fullName,
        String title,
        String email,
        String phone,
        String scope,
        LocalDate validFrom,
        LocalDate validTo,
        Instant expiredAt) implements EventPayload, AgencyScoped {

    @Override
    public String aggregateId() {
        return agencyId.toString();
    }
}
