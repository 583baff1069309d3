package vn.gov.pressinfo.notification.delivery;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class DeliveryAttemptRepository implements PanacheRepositoryBase<DeliveryAttempt, Long> {

    public List<DeliveryAttempt> of(UUID deliveryId) {
        return list("deliveryId", Sort.ascending("id"), deliveryId);
    }
}
