package vn.gov.pressinfo.notification.inbox;

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
public class InboxItemRepository implements PanacheRepositoryBase<InboxItem, UUID> {

    private final AgroalDataSource dataSource;

    public InboxItemRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * The items of any of {@code audiences}, newest first (ListQuery: projection, total in the same statement, keyset
     * cursor). One audience, the common case, is an equality, so that index {@code inbox_item_audience} (or
     * {@code inbox_item_audience_unread}) answers the page in order without a sort.
     */
    public Page<InboxItemResponse> of(List<String> audiences, boolean unreadOnly, PageRequest page) {
        ListQuery<InboxItemResponse> query = ListQuery.select(InboxItemResponse.COLUMNS, "inbox_item i", InboxItemResponse::of);
        query = audiences.size() == 1 ? query.equal("i.audience", audiences.get(0)) : query.in("i.audience", audiences);
        if (unreadOnly) {
            query.where("i.read_at IS NULL");
        }
        return query.orderByDescending(SortKey.instant("i.created_at"), SortKey.uuid("i.id")).page(dataSource, page);
    }
}
