package vn.gov.pressinfo.notification.delivery;

import java.util.UUID;

/** A delivery this replica claimed for one attempt; {@link #attempt()} is its number (from 1) and the claim's fencing token. */
public record ClaimedDelivery(UUID id, String eventId, String eventType, Channel channel, String recipient, UUID agencyId,
        int attempt) {
}
