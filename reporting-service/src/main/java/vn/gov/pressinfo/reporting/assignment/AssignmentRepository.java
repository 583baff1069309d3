package vn.gov.pressinfo.reporting.assignment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.agroal.api.AgroalDataSource;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import vn.gov.pressinfo.web.Page;
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.list.ListQuery;
import vn.gov.pressinfo.web.list.SortKey;

@ApplicationScoped
public class AssignmentRepository implements PanacheRepositoryBase<Assignment, UUID> {

    /** An assignment to create: one target agency of a new request. */
    public record NewAssignment(UUID id, UUID agencyId, String agencyName, String agencyType) {
    }

    private final AgroalDataSource dataSource;

    public AssignmentRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Creates OPEN assignments and their "created" transition with two statements whatever their number (array
     * parameters and {@code unnest}), in the caller's transaction: thousands of targets in milliseconds instead of
     * one persist and flush per row. The request row must already be flushed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void insertOpen(UUID requestId, LocalDate dueDate, List<NewAssignment> rows, String actor, Instant at, String note) {
        Object[] ids = new Object[rows.size()];
        Object[] agencies = new Object[rows.size()];
        String[] names = new String[rows.size()];
        String[] types = new String[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            NewAssignment row = rows.get(i);
            ids[i] = row.id();
            agencies[i] = row.agencyId();
            names[i] = row.agencyName();
            types[i] = row.agencyType();
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement("INSERT INTO assignment (id, request_id, agency_id, agency_name, agency_type, "
                        + "state, due_date, updated_at) SELECT e.id, ?, e.agency, e.name, e.type, 'OPEN', ?, ? "
                        + "FROM unnest(?::uuid[], ?::uuid[], ?::text[], ?::text[]) AS e(id, agency, name, type)");
                PreparedStatement history = c.prepareStatement("INSERT INTO assignment_transition (assignment_id, from_state, to_state, "
                        + "actor, at, note) SELECT e.id, NULL, 'OPEN', ?, ?, ? FROM unnest(?::uuid[]) AS e(id)")) {
            Timestamp timestamp = Timestamp.from(at);
            insert.setObject(1, requestId);
            insert.setObject(2, dueDate);
            insert.setTimestamp(3, timestamp);
            insert.setArray(4, c.createArrayOf("uuid", ids));
            insert.setArray(5, c.createArrayOf("uuid", agencies));
            insert.setArray(6, c.createArrayOf("text", names));
            insert.setArray(7, c.createArrayOf("text", types));
            insert.executeUpdate();
            history.setString(1, actor);
            history.setTimestamp(2, timestamp);
            history.setString(3, note);
            history.setArray(4, c.createArrayOf("uuid", ids));
            history.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the assignments of request " + requestId, e);
        }
    }

    /** Filters of assignment lists; null means any. {@code overdue} is evaluated on {@code today}. */
    public record Filter(UUID requestId, UUID agencyId, AssignmentState state, Boolean overdue, Boolean late, String query) {
    }

    /**
     * The list's first key: the due date as a number that grows as the date gets earlier. The list is ordered by due
     * date descending, then agency name and id ascending; a cursor needs one direction for all keys, and this key runs
     * ascending in the same order as {@code due_date DESC}. The indexes of migration V14 are built on it.
     */
    static final String DUE_DESCENDING = "(DATE '9999-12-31' - a.due_date)";

    /**
     * One page of assignments, latest deadline first, then by agency name (ListQuery: projection, total in the same
     * statement, keyset cursor). Index-backed: a request's list by {@code assignment_request_list}, the open ones across
     * requests by {@code assignment_open_list}, an agency's by {@code assignment_agency} (a few hundred rows).
     */
    public Page<AssignmentResponse> search(Filter filter, LocalDate today, PageRequest page) {
        ListQuery<AssignmentResponse> list = ListQuery.select(AssignmentResponse.COLUMNS, "assignment a", r -> AssignmentResponse.of(r, today))
                .equal("a.request_id", filter.requestId())
                .equal("a.agency_id", filter.agencyId())
                .equal("a.state", filter.state())
                .equal("a.late", filter.late());
        if (filter.overdue() != null) {
            // due_date < today, written on the order's key so that the indexes on it seek to the first overdue entry
            list = filter.overdue() ? list.where("a.state = 'OPEN'").where(DUE_DESCENDING + " > (DATE '9999-12-31' - ?::date)", today)
                    : list.where("(a.state <> 'OPEN' OR a.due_date >= ?)", today);
        }
        return list.contains("a.agency_name_search", filter.query())
                .orderBy(SortKey.int4(DUE_DESCENDING), SortKey.text("a.agency_name"), SortKey.uuid("a.id"))
                .page(dataSource, page);
    }

    /** Assignments of an agency that may still move to a successor (not yet submitted, or returned). */
    public List<Assignment> movable(UUID agencyId) {
        return list("agencyId = ?1 and state in ?2", agencyId, List.of(AssignmentState.OPEN, AssignmentState.RETURNED));
    }

    public boolean exists(UUID requestId, UUID agencyId) {
        return count("requestId = ?1 and agencyId = ?2", requestId, agencyId) > 0;
    }
}
