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
import vn.gov.pressinfo.events.EventPayload;
import vn.gov.pressinfo.events.Events;
import vn.gov.pressinfo.inbox.EventHandlers;
import vn.gov.pressinfo.inbox.IncomingEvent;

/**
 * What the daily digest lists, as known from events: an assignment is overdue from ReportOverdue until
 * ReportSubmitted or ReportAccepted; a false-information case is open from FalseInfoFlagged until
 * CaseClosed or CorrectionPublished. Applying an event twice leaves the same state.
 */
@ApplicationScoped
public class DigestReadModel {

    private final AgroalDataSource dataSource;
    private final EventHandlers handlers;

    public DigestReadModel(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
        this.handlers = EventHandlers.create()
                .on(Events.REPORT_OVERDUE, (event, e) -> update(event, "INSERT INTO overdue_assignment (assignment_id, agency_id, "
                        + "agency_name, reference, subject, due_date, detected_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                        e.assignmentId(), e.agencyId(), e.agencyName(), e.reference(), e.subject(), e.dueDate(), e.detectedAt()))
                .on(Events.REPORT_SUBMITTED, (event, e) -> update(event, "DELETE FROM overdue_assignment WHERE assignment_id = ?",
                        e.assignmentId()))
                .on(Events.REPORT_ACCEPTED, (event, e) -> update(event, "DELETE FROM overdue_assignment WHERE assignment_id = ?",
                        e.assignmentId()))
                .on(Events.FALSE_INFO_FLAGGED, (event, e) -> update(event, "INSERT INTO open_case (case_id, agency_id, agency_name, "
                        + "outlet_name, title, url, verdict, response_due_date, flagged_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT DO NOTHING", e.caseId(), e.agencyId(), e.agencyName(), e.outletName(), e.title(), e.url(),
                        e.verdict(), e.responseDueDate(), e.flaggedAt()))
                .on(Events.CASE_CLOSED, (event, e) -> update(event, "DELETE FROM open_case WHERE case_id = ?", e.caseId()))
                .on(Events.CORRECTION_PUBLISHED, (event, e) -> update(event, "DELETE FROM open_case WHERE case_id = ?", e.caseId()));
    }

    /** Applies one event whose data the caller parsed already; events of other types leave the read model as it is. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(IncomingEvent event, EventPayload payload) {
        handlers.handle(event, payload);
    }

    private void update(IncomingEvent event, String sql, Object... values) {
        try {
            update(sql, values);
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
