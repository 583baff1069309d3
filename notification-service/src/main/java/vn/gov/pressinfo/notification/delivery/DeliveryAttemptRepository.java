package vn.gov.pressinfo.notification.delivery;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class DeliveryAttemptRepository implements PanacheRepositoryBase<DeliveryAttempt, Long> {

    /** At most this many attempts are shown (the latest): each resend adds up to max-attempts more. */
    public static final int MAX_SHOWN = 1000;

    /** The latest {@value #MAX_SHOWN} attempts of a delivery, oldest first. */
    public List<DeliveryAttempt> of(UUID deliveryId) {
        List<DeliveryAttempt> latest = new ArrayList<>(find("deliveryId", Sort.descending("id"), deliveryId)
                .page(0, MAX_SHOWN).list());
        Collections.reverse(latest);
        return latest;
    }
}
