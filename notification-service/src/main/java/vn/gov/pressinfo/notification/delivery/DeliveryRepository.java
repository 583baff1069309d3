package vn.gov.pressinfo.notification.delivery;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import vn.gov.pressinfo.web.Page;
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.list.ListQuery;
import vn.gov.pressinfo.web.list.SortKey;

@ApplicationScoped
public class DeliveryRepository implements PanacheRepositoryBase<Delivery, UUID> {

    /** Optional filters of the delivery log; null means any. */
    public record Filter(DeliveryStatus status, Channel channel, String eventType, String recipient, String eventId,
            Instant from, Instant to) {
    }

    private final AgroalDataSource dataSource;

    public DeliveryRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** One page of the delivery log, newest first (ListQuery: projection, total in the same statement, keyset cursor). */
    public Page<DeliveryResponse> search(Filter f, PageRequest page) {
        ListQuery<DeliveryResponse> query = ListQuery.select(DeliveryResponse.COLUMNS, "delivery d", DeliveryResponse::of)
                .equal("d.status", f.status())
                .equal("d.channel", f.channel())
                .equal("d.event_type", f.eventType())
                .equal("d.recipient", f.recipient())
                .equal("d.event_id", f.eventId())
                .atLeast("d.created_at", f.from())
                .before("d.created_at", f.to());
        return query.orderByDescending(SortKey.instant("d.created_at"), SortKey.uuid("d.id")).page(dataSource, page);
    }
}
