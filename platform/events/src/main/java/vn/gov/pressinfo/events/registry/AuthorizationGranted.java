package vn.gov.pressinfo.events.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import vn.gov.pressinfo.events.AgencyScoped;
import vn.gov.pressinfo.events.EventPayload;

/**
 * An agency authorized someone, usually a deputy, to speak to the press on one matter (người được
 * ủy quyền phát ngôn), from {@link #validFrom()} through {@link #validTo()} inclusive. Keyed by the
 * agency id.
 *
 * @param agencyId        the agency that granted the authorization
 * @param agencyName      the agency's name at the time
 * @param authorizationId id of the authorization
 * @param kind            always {@code AUTHORIZED}, so consumers can treat all spokesperson events alike
 * @param fullName        full name of the authorized person
 * @param title           position held
 * @param email           contact email
 * @param phone           contact phone
 * @param scope           the one matter the authorization covers
 * @param validFrom       first day of the authorization
 * @param validTo         last day of the authorization (inclusive; mandatory)
 * @param grantedAt       when the authorization was recorded (UTC)
 */
public record AuthorizationGranted(
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
        Instant grantedAt) implements EventPayload, AgencyScoped {

    @Override
    public String aggregateId() {
        return agencyId.toString();
    }
}
