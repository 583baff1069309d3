package vn.gov.pressinfo.events.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import vn.gov.pressinfo.events.AgencyScoped;
import vn.gov.pressinfo.events.EventPayload;

/**
 * A spokesperson (người phát ngôn) was appointed for an agency: its head (người đứng đầu, who speaks
 * by default) or an appointed spokesperson. When the appointment supersedes the previous one, that
 * one ends on {@link #validFrom()} and its id is {@link #supersededSpokespersonId()}. Keyed by the
 * agency id so that one agency's spokesperson events keep their order.
 *
 * @param agencyId                 the agency the person speaks for
 * @param agencyName               the agency's name at the time of the appointment
 * @param spokespersonId           id of the appointment
 * @param kind                     {@code HEAD} or {@code APPOINTED}
 * @param fullName                 full name (Vietnamese, NFC)
 * @param title                    position held (chức vụ)
 * @param email                    public contact email
 * @param phone                    public contact phone
 * @param validFrom                first day of the appointment
 * @param validTo                  day the appointment ends (exclusive), null when open-ended
 * @param supersededSpokespersonId the appointment this one replaces, if any
 * @param appointedAt              when the appointment was recorded (UTC)
 */
public record SpokespersonAppointed(
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
        UUID supersededSpokespersonId,
        Instant appointedAt) implements EventPayload, AgencyScoped {

    @Override
    public String aggregateId() {
        return agencyId.toString();
    }
}
