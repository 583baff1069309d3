package vn.gov.pressinfo.notification.subscription;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import vn.gov.pressinfo.web.Page;
import vn.gov.pressinfo.web.PageRequest;

@ApplicationScoped
public class SubscriptionRepository implements PanacheRepositoryBase<Subscription, UUID> {

    public List<Subscription> active() {
        return list("active", true);
    }

    public Page<Subscription> page(PageRequest page) {
        var query = findAll(Sort.descending("createdAt").and("id"));
        return Page.of(query.page(page.page(), page.size()).list(), page, query.count());
    }
}
