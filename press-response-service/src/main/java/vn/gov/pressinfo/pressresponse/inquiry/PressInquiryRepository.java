package vn.gov.pressinfo.pressresponse.inquiry;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import vn.gov.pressinfo.web.Page;
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.list.ListQuery;
import vn.gov.pressinfo.web.list.SortKey;

@ApplicationScoped
public class PressInquiryRepository implements PanacheRepositoryBase<PressInquiry, UUID> {

    private final AgroalDataSource dataSource;
    private final PressInquiryRows rows;

    public PressInquiryRepository(AgroalDataSource dataSource, PressInquiryRows rows) {
        this.dataSource = dataSource;
        this.rows = rows;
    }

    /** The inquiry, locked for the rest of the transaction so that two steps of one inquiry happen one after the other. */
    public Optional<PressInquiry> lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The open inquiries of {@code agencyId} ({@link InquiryState#open()}), locked for the rest of the transaction. */
    public List<PressInquiry> lockOpenOf(UUID agencyId) {
        return find("agencyId = ?1 and state in ?2 order by receivedAt, id", agencyId, InquiryState.openStates())
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /**
     * One page of inquiries matching {@code filter}, newest receipt first, as clients see them on {@code today} (ListQuery:
     * projection, total in the same statement, keyset cursor).
     */
    public Page<PressInquiryResponse> page(PressInquiryService.Filter filter, LocalDate today, PageRequest page) {
        ListQuery<PressInquiryResponse> list = ListQuery.select(PressInquiryRows.COLUMNS, "press_inquiry q", r -> rows.map(r, today))
                .equal("q.agency_id", filter.agencyId())
                .equal("q.state", filter.state());
        if (filter.awaitingReassignment() != null) {
            // literal, not a parameter: the partial index (WHERE awaiting_reassignment) then applies
            list = list.where(filter.awaitingReassignment() ? "q.awaiting_reassignment" : "NOT q.awaiting_reassignment");
        }
        list = list.contains("q.search_text", filter.q());
        if (filter.overdue() != null && filter.overdue() != OverdueLevel.NONE) {
            list = list.in("q.state", List.of(InquiryState.RECEIVED, InquiryState.ASSIGNED))
                    .where((filter.overdue() == OverdueLevel.VERY_OVERDUE ? "q.very_overdue_date" : "q.due_date") + " < ?", today);
        }
        return list.orderByDescending(SortKey.instant("q.received_at"), SortKey.uuid("q.id")).page(dataSource, page);
    }

    /**
     * Locks up to {@code limit} inquiries whose clock runs and that passed a deadline whose notice has not gone out
     * ({@code today} is after the due date or the very-overdue date), skipping rows another replica's scan holds: each
     * notice is sent by exactly one scan, and a row answered meanwhile no longer matches (PostgreSQL re-checks the
     * condition on the locked row).
     */
    @SuppressWarnings("unchecked")
    public List<PressInquiry> lockPastDeadline(LocalDate today, int limit) {
        return getEntityManager().createNativeQuery(
                        "SELECT * FROM press_inquiry WHERE state IN ('RECEIVED', 'ASSIGNED') "
                                + "AND ((overdue_notified_at IS NULL AND due_date < :today) "
                                + "OR (very_overdue_notified_at IS NULL AND very_overdue_date < :today)) "
                                + "ORDER BY due_date, id LIMIT :limit FOR UPDATE SKIP LOCKED", PressInquiry.class)
                .setParameter("today", today)
                .setParameter("limit", limit)
                .getResultList();
    }
}
