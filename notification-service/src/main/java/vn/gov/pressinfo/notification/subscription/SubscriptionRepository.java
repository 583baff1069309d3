package vn.gov.pressinfo.notification.subscription;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import vn.gov.pressinfo.web.Page;
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.list.ListQuery;
import vn.gov.pressinfo.web.list.SortKey;

@ApplicationScoped
public class SubscriptionRepository implements PanacheRepositoryBase<Subscription, UUID> {

    public List<Subscription> active() {
        return list("active", true);
    }

    private final AgroalDataSource dataSource;

    public SubscriptionRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * One page of the subscriptions, newest first, each with its event types from a correlated subquery (ListQuery:
     * projection, total in the same statement, keyset cursor).
     */
    public Page<SubscriptionResponse> page(PageRequest page) {
        return ListQuery.select(SubscriptionResponse.COLUMNS, "subscription s", SubscriptionResponse::of)
                .orderByDescending(SortKey.instant("s.created_at"), SortKey.uuid("s.id"))
                .page(dataSource, page);
    }
}
