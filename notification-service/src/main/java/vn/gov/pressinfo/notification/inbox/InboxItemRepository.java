package vn.gov.pressinfo.notification.inbox;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import vn.gov.pressinfo.agencydirectory.AgencyRoles;
import vn.gov.pressinfo.events.registry.AgencyRoleChanged;
import vn.gov.pressinfo.notification.routing.Audience;
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
     * The items of one audience, newest first (ListQuery: projection, total in the same statement, keyset cursor):
     * index {@code inbox_item_audience} (or {@code inbox_item_audience_unread}) answers the page in order without a sort.
     */
    public Page<InboxItemResponse> of(Audience audience, boolean unreadOnly, PageRequest page) {
        return page(select().equal("i.audience", audience.key()), unreadOnly, page);
    }

    /**
     * The department's items and those of the agency that holds the press management department role on {@code today}:
     * the holder is a subquery of the same statement (PostgreSQL runs it once, then reads both audiences from the
     * index), not a statement of its own before the page.
     */
    public Page<InboxItemResponse> ofDepartment(LocalDate today, boolean unreadOnly, PageRequest page) {
        ListQuery<InboxItemResponse> query = select().where("i.audience = ANY(ARRAY[?, ? || " + AgencyRoles.HOLDER_AGENCY_ID_SQL + "])",
                Audience.DEPARTMENT.key(), Audience.AGENCY_PREFIX, AgencyRoleChanged.PRESS_MANAGEMENT_DEPARTMENT, today, today);
        return page(query, unreadOnly, page);
    }

    private static ListQuery<InboxItemResponse> select() {
        return ListQuery.select(InboxItemResponse.COLUMNS, "inbox_item i", InboxItemResponse::of);
    }

    private Page<InboxItemResponse> page(ListQuery<InboxItemResponse> query, boolean unreadOnly, PageRequest page) {
        if (unreadOnly) {
            query.where("i.read_at IS NULL");
        }
        return query.orderByDescending(SortKey.instant("i.created_at"), SortKey.uuid("i.id")).page(dataSource, page);
    }
}
