package vn.gov.pressinfo.pressresponse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.inject.spi.CDI;

/**
 * Statements recorded straight into the statement table, as the statement API would record them: the incident and
 * duty tests only read statements.
 */
public final class RecordedStatements {

    private RecordedStatements() {
    }

    /** Records a statement of the agency in {@code form} issued at {@code issuedAt}, about {@code incidentId} (may be null). */
    public static UUID record(String agencyId, String form, Instant issuedAt, String incidentId) {
        UUID id = UUID.randomUUID();
        try (Connection c = CDI.current().select(DataSource.class).get().getConnection();
                PreparedStatement ps = c.prepareStatement("INSERT INTO statement (id, agency_id, agency_name, form, title, content, "
                        + "spokesperson_name, spokesperson_email, issued_at, incident_id, is_public, recorded_at, recorded_by) "
                        + "VALUES (?, ?, 'Cơ quan thử nghiệm', ?, 'Thông tin ban đầu', 'Nội dung phát ngôn', 'Nguyễn Thị Thu Hà', "
                        + "'nguyenthithuha@kiengiang.gov.vn', ?, ?, true, ?, 'test')")) {
            ps.setObject(1, id);
            ps.setObject(2, UUID.fromString(agencyId));
            ps.setString(3, form);
            ps.setTimestamp(4, Timestamp.from(issuedAt));
            ps.setObject(5, incidentId == null ? null : UUID.fromString(incidentId));
            ps.setTimestamp(6, Timestamp.from(issuedAt));
            ps.executeUpdate();
        } catch (Exception e) {
            throw new IllegalStateException("could not record a test statement", e);
        }
        return id;
    }
}
