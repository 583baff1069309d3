package vn.gov.pressinfo.reporting.status;

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
import vn.gov.pressinfo.reporting.assignment.AssignmentState;

/** The SQL behind the status table: every assignment of a request with its agency, in one query. */
@ApplicationScoped
public class StatusQueries {

    private static final String QUERY = """
            SELECT a.id, a.agency_id, COALESCE(r.name, a.agency_name), COALESCE(r.type_code, a.agency_type), a.state, a.late,
                   a.revision, a.submitted_at, a.due_date
            FROM assignment a LEFT JOIN agency_reference r ON r.id = a.agency_id
            WHERE a.request_id = ?""";

    /** One assignment of a request, with the agency's current name and type when the directory knows it. */
    public record AssignmentLine(UUID assignmentId, UUID agencyId, String agencyName, String agencyType, AssignmentState state,
            boolean late, int revision, Instant submittedAt, LocalDate dueDate) {
    }

    private final AgroalDataSource dataSource;

    public StatusQueries(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Every assignment of the request, in no particular order. */
    public List<AssignmentLine> assignmentsOf(UUID requestId) {
        List<AssignmentLine> lines = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(QUERY)) {
            ps.setObject(1, requestId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Timestamp submittedAt = rs.getTimestamp(8);
                    lines.add(new AssignmentLine(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                            AssignmentState.valueOf(rs.getString(5)), rs.getBoolean(6), rs.getInt(7),
                            submittedAt == null ? null : submittedAt.toInstant(), rs.getObject(9, LocalDate.class)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the status of request " + requestId, e);
        }
        return lines;
    }
}
