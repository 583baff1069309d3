package vn.gov.pressinfo.notification.digest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;
import vn.gov.pressinfo.events.press.FalseInfoFlagged;
import vn.gov.pressinfo.events.reporting.ReportOverdue;

/**
 * The SQL of the daily digest: its read models (overdue_assignment, open_case), kept by {@link DigestReadModel}, and the
 * once-a-day {@code digest} row with what {@link DigestService} lists. Every statement runs in the caller's transaction.
 */
@ApplicationScoped
public class DigestQueries {

    /** An overdue assignment as the digest lists it; each value as the database's text of it, null when unknown. */
    public record OverdueLine(String agencyName, String reference, String subject, String dueDate) {
    }

    /** An open false-information case as the digest lists it; each value as the database's text of it, null when unknown. */
    public record OpenCaseLine(String agencyName, String outletName, String title, String url, String verdict,
            String responseDueDate) {
    }

    private final AgroalDataSource dataSource;

    public DigestQueries(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Lists the assignment as overdue; a second time changes nothing. */
    public void addOverdue(ReportOverdue e) throws SQLException {
        update("INSERT INTO overdue_assignment (assignment_id, agency_id, "
                + "agency_name, reference, subject, due_date, detected_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                e.assignmentId(), e.agencyId(), e.agencyName(), e.reference(), e.subject(), e.dueDate(), e.detectedAt());
    }

    public void removeOverdue(UUID assignmentId) throws SQLException {
        update("DELETE FROM overdue_assignment WHERE assignment_id = ?", assignmentId);
    }

    /** Lists the case as open; a second time changes nothing. */
    public void addOpenCase(FalseInfoFlagged e) throws SQLException {
        update("INSERT INTO open_case (case_id, agency_id, agency_name, "
                + "outlet_name, title, url, verdict, response_due_date, flagged_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT DO NOTHING", e.caseId(), e.agencyId(), e.agencyName(), e.outletName(), e.title(), e.url(),
                e.verdict(), e.responseDueDate(), e.flaggedAt());
    }

    public void removeOpenCase(UUID caseId) throws SQLException {
        update("DELETE FROM open_case WHERE case_id = ?", caseId);
    }

    /** Inserts the day's digest row with zero counts; false when it exists already (another replica, an earlier run). */
    public boolean createDigest(LocalDate day, String eventId, Instant now) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("INSERT INTO digest (digest_date, "
                + "event_id, created_at, overdue_count, open_case_count) VALUES (?, ?, ?, 0, 0) ON CONFLICT DO NOTHING")) {
            ps.setObject(1, day);
            ps.setString(2, eventId);
            ps.setTimestamp(3, Timestamp.from(now));
            return ps.executeUpdate() != 0;
        }
    }

    /** The overdue assignments, earliest due date first. */
    public List<OverdueLine> overdueAssignments() throws SQLException {
        List<OverdueLine> lines = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT agency_name, reference, subject, due_date FROM overdue_assignment ORDER BY due_date, agency_name");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                lines.add(new OverdueLine(text(rs, 1), text(rs, 2), text(rs, 3), text(rs, 4)));
            }
        }
        return lines;
    }

    /** The open cases, earliest response due date first, those without one last. */
    public List<OpenCaseLine> openCases() throws SQLException {
        List<OpenCaseLine> lines = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT agency_name, outlet_name, title, url, verdict, response_due_date FROM open_case "
                        + "ORDER BY response_due_date NULLS LAST, flagged_at");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                lines.add(new OpenCaseLine(text(rs, 1), text(rs, 2), text(rs, 3), text(rs, 4), text(rs, 5), text(rs, 6)));
            }
        }
        return lines;
    }

    /** Records how many overdue assignments and open cases the day's digest lists. */
    public void setCounts(LocalDate day, int overdueCount, int openCaseCount) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("UPDATE digest SET overdue_count = ?, open_case_count = ? WHERE digest_date = ?")) {
            ps.setInt(1, overdueCount);
            ps.setInt(2, openCaseCount);
            ps.setObject(3, day);
            ps.executeUpdate();
        }
    }

    private static String text(ResultSet rs, int column) throws SQLException {
        Object v = rs.getObject(column);
        return v == null ? null : v.toString();
    }

    private void update(String sql, Object... values) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                if (v instanceof UUID) {
                    ps.setObject(i + 1, v, Types.OTHER);
                } else if (v instanceof LocalDate d) {
                    ps.setObject(i + 1, d);
                } else if (v instanceof Instant t) {
                    ps.setTimestamp(i + 1, Timestamp.from(t));
                } else {
                    ps.setObject(i + 1, v);
                }
            }
            ps.executeUpdate();
        }
    }
}
