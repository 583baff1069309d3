package vn.gov.pressinfo.notification.inbox;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import vn.gov.pressinfo.web.Page;
import vn.gov.pressinfo.web.PageRequest;

@ApplicationScoped
public class InboxItemRepository implements PanacheRepositoryBase<InboxItem, UUID> {

    /** The items of any of {@code audiences}, newest first. */
    public Page<InboxItem> of(Collection<String> audiences, boolean unreadOnly, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        params.put("audiences", audiences);
        String where = "audience in :audiences" + (unreadOnly ? " and readAt is null" : "");
        var query = find(where, Sort.descending("createdAt").and("id"), params);
        return Page.of(query.page(page.page(), page.size()).list(), page, query.count());
    }
}
