package vn.gov.pressinfo.notification.digest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.agroal.api.AgroalDataSource;
import vn.gov.pressinfo.events.Events;
import vn.gov.pressinfo.events.press.CaseClosed;
import vn.gov.pressinfo.events.press.CorrectionPublished;
import vn.gov.pressinfo.events.press.FalseInfoFlagged;
import vn.gov.pressinfo.events.reporting.ReportAccepted;
import vn.gov.pressinfo.events.reporting.ReportOverdue;
import vn.gov.pressinfo.events.reporting.ReportSubmitted;
import vn.gov.pressinfo.inbox.IncomingEvent;

/**
 * What the daily digest lists, as known from events: an assignment is overdue from ReportOverdue until
 * ReportSubmitted or ReportAccepted; a false-information case is open from FalseInfoFlagged until
 * CaseClosed or CorrectionPublished. Applying an event twice leaves the same state.
 */
@ApplicationScoped
public class DigestReadModel {

    private final AgroalDataSource dataSource;

    public DigestReadModel(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(IncomingEvent event) {
        try {
            if (event.is(Events.REPORT_OVERDUE)) {
                ReportOverdue e = event.data(ReportOverdue.class);
                update("INSERT INTO overdue_assignment (assignment_id, agency_id, agency_name, reference, subject, due_date, detected_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", e.assignmentId(), e.agencyId(), e.agencyName(),
                        e.reference(), e.subject(), e.dueDate(), e.detectedAt());
            } else if (event.is(Events.REPORT_SUBMITTED)) {
                update("DELETE FROM overdue_assignment WHERE assignment_id = ?", event.data(ReportSubmitted.class).assignmentId());
            } else if (event.is(Events.REPORT_ACCEPTED)) {
                update("DELETE FROM overdue_assignment WHERE assignment_id = ?", event.data(ReportAccepted.class).assignmentId());
            } else if (event.is(Events.FALSE_INFO_FLAGGED)) {
                FalseInfoFlagged e = event.data(FalseInfoFlagged.class);
                update("INSERT INTO open_case (case_id, agency_id, agency_name, outlet_name, title, url, verdict, response_due_date, "
                        + "flagged_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", e.caseId(), e.agencyId(),
                        e.agencyName(), e.outletName(), e.title(), e.url(), e.verdict(), e.responseDueDate(), e.flaggedAt());
            } else if (event.is(Events.CASE_CLOSED)) {
                update("DELETE FROM open_case WHERE case_id = ?", event.data(CaseClosed.class).caseId());
            } else if (event.is(Events.CORRECTION_PUBLISHED)) {
                update("DELETE FROM open_case WHERE case_id = ?", event.data(CorrectionPublished.class).caseId());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not update the digest read model with event " + event.id(), e);
        }
    }

    private void update(String sql, Object... values) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                if (v instanceof UUID) {
                    ps.setObject(i + 1, v, Types.OTHER);
                } else if (v instanceof java.time.LocalDate d) {
                    ps.setObject(i + 1, d);
                } else if (v instanceof java.time.Instant t) {
                    ps.setTimestamp(i + 1, Timestamp.from(t));
                } else {
                    ps.setObject(i + 1, v);
                }
            }
            ps.executeUpdate();
        }
    }
}
