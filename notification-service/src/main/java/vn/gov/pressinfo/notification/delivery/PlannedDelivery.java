package vn.gov.pressinfo.notification.delivery;

import java.util.UUID;

import vn.gov.pressinfo.notification.routing.RecipientKind;

/**
 * A delivery the router decided on, before it is stored.
 *
 * @param recipient   an email address, {@code subscription:<id>}, {@code agency:<id>} or {@code department}
 * @param status      PENDING for deliveries the dispatcher sends; SENT for in-app items (written with it);
 *                    FAILED when there is nobody to send to (the reason says why)
 */
public record PlannedDelivery(Channel channel, String recipient, RecipientKind kind, UUID agencyId, DeliveryStatus status,
        String error) {

    public static PlannedDelivery pending(Channel channel, String recipient, RecipientKind kind, UUID agencyId) {
        return new PlannedDelivery(channel, recipient, kind, agencyId, DeliveryStatus.PENDING, null);
    }
}
