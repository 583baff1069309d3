package vn.gov.pressinfo.events;

import java.util.List;
import java.util.UUID;

/**
 * An event payload about an agency: its {@code agencyId} names the agency the event concerns (notification-service
 * sends the agency's notices there). A payload about several agencies (a report request's {@code agencyIds})
 * overrides {@link #agencyIds()}. Only Java: the JSON of a payload has its record's fields, nothing from here.
 */
public interface AgencyScoped {

    /** The agency this event concerns; null when it names none. */
    UUID agencyId();

    /** Every agency this event concerns, in the payload's order: {@link #agencyId()}, none when that is null. */
    default List<UUID> agencyIds() {
        return agencyId() == null ? List.of() : List.of(agencyId());
    }
}
