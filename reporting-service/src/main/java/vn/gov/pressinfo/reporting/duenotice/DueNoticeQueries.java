package vn.gov.pressinfo.reporting.duenotice;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;

/**
 * The SQL of the due-notice scan. Each {@code mark…} statement claims up to {@code limit} candidates with
 * {@code FOR UPDATE SKIP LOCKED}, sets their once-only marker and returns them; call it inside the chunk's transaction.
 */
@ApplicationScoped
public class DueNoticeQueries {

    private static final String OVERDUE = """
            UPDATE assignment a SET overdue_noticed_at = ?
            FROM report_request r
            WHERE r.id = a.request_id AND a.id IN (
                SELECT id FROM assignment
                WHERE state = 'OPEN' AND overdue_noticed_at IS NULL AND due_date < ?
                LIMIT ? FOR UPDATE SKIP LOCKED)
            RETURNING a.id, a.request_id, a.agency_id, a.agency_name, r.reference, r.subject, a.due_date""";

    private static final String DUE_SOON = """
            UPDATE assignment a SET due_soon_noticed_at = ?
            FROM report_request r
            WHERE r.id = a.request_id AND a.id IN (
                SELECT id FROM assignment
                WHERE state = 'OPEN' AND due_soon_noticed_at IS NULL AND due_date >= ? AND due_date <= ?
                LIMIT ? FOR UPDATE SKIP LOCKED)
            RETURNING a.id, a.request_id, a.agency_id, a.agency_name, r.reference, r.subject, a.due_date""";

    /** An assignment whose marker was just set, with what its event needs from the request. */
    public record MarkedAssignment(UUID id, UUID requestId, UUID agencyId, String agencyName, String reference, String subject,
            LocalDate dueDate) {
    }

    private final AgroalDataSource dataSource;

    public DueNoticeQueries(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Marks up to {@code limit} open assignments due before {@code today} and not yet noticed as overdue, at {@code now}. */
    public List<MarkedAssignment> markOverdue(Instant now, LocalDate today, int limit) throws SQLException {
        return mark(OVERDUE, now, today, null, limit);
    }

    /** Marks up to {@code limit} open assignments due from {@code today} to {@code horizon} and not yet noticed as due soon. */
    public List<MarkedAssignment> markDueSoon(Instant now, LocalDate today, LocalDate horizon, int limit) throws SQLException {
        return mark(DUE_SOON, now, today, horizon, limit);
    }

    private List<MarkedAssignment> mark(String sql, Instant now, LocalDate today, LocalDate horizon, int limit) throws SQLException {
        List<MarkedAssignment> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            ps.setTimestamp(i++, Timestamp.from(now));
            ps.setObject(i++, today);
            if (horizon != null) {
                ps.setObject(i++, horizon);
            }
            ps.setInt(i, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new MarkedAssignment(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class)));
                }
            }
        }
        return rows;
    }

    /** How many open assignments are past their due date as of {@code today}. */
    public long countOverdue(LocalDate today) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM assignment WHERE state = 'OPEN' AND due_date < ?")) {
            ps.setObject(1, today);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count overdue assignments", e);
        }
    }
}
