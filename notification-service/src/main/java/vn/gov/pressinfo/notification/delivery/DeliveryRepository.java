package vn.gov.pressinfo.notification.delivery;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import vn.gov.pressinfo.web.Page;
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.QueryFilter;

@ApplicationScoped
public class DeliveryRepository implements PanacheRepositoryBase<Delivery, UUID> {

    /** Optional filters of the delivery log; null means any. */
    public record Filter(DeliveryStatus status, Channel channel, String eventType, String recipient, String eventId,
            Instant from, Instant to) {
    }

    public Page<Delivery> search(Filter f, PageRequest page) {
        QueryFilter q = new QueryFilter().equal("status", f.status()).equal("channel", f.channel()).equal("eventType", f.eventType())
                .equal("recipient", f.recipient()).equal("eventId", f.eventId());
        StringBuilder where = new StringBuilder(q.where());
        var params = new java.util.HashMap<>(q.params());
        if (f.from() != null) {
            where.append(" and createdAt >= :from");
            params.put("from", f.from());
        }
        if (f.to() != null) {
            where.append(" and createdAt < :to");
            params.put("to", f.to());
        }
        var query = find(where.toString(), Sort.descending("createdAt").and("id"), params);
        List<Delivery> items = query.page(page.page(), page.size()).list();
        return Page.of(items, page, query.count());
    }
}
