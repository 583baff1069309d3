package vn.gov.pressinfo.notification.digest;

import java.sql.SQLException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.gov.pressinfo.events.EventPayload;
import vn.gov.pressinfo.events.Events;
import vn.gov.pressinfo.consumer.EventHandlers;
import vn.gov.pressinfo.consumer.IncomingEvent;

/**
 * What the daily digest lists, as known from events: an assignment is overdue from ReportOverdue until
 * ReportSubmitted or ReportAccepted; a false-information case is open from FalseInfoFlagged until
 * CaseClosed or CorrectionPublished. Applying an event twice leaves the same state. The SQL is in {@link DigestQueries}.
 */
@ApplicationScoped
public class DigestReadModel {

    /** One change of the read model, in SQL. */
    private interface Change {
        void run() throws SQLException;
    }

    private final EventHandlers handlers;

    public DigestReadModel(DigestQueries queries) {
        this.handlers = EventHandlers.create()
                .on(Events.REPORT_OVERDUE, (event, e) -> update(event, () -> queries.addOverdue(e)))
                .on(Events.REPORT_SUBMITTED, (event, e) -> update(event, () -> queries.removeOverdue(e.assignmentId())))
                .on(Events.REPORT_ACCEPTED, (event, e) -> update(event, () -> queries.removeOverdue(e.assignmentId())))
                .on(Events.FALSE_INFO_FLAGGED, (event, e) -> update(event, () -> queries.addOpenCase(e)))
                .on(Events.CASE_CLOSED, (event, e) -> update(event, () -> queries.removeOpenCase(e.caseId())))
                .on(Events.CORRECTION_PUBLISHED, (event, e) -> update(event, () -> queries.removeOpenCase(e.caseId())));
    }

    /** Applies one event whose data the caller parsed already; events of other types leave the read model as it is. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(IncomingEvent event, EventPayload payload) {
        handlers.handle(event, payload);
    }

    private static void update(IncomingEvent event, Change change) {
        try {
            change.run();
        } catch (SQLException e) {
            throw new IllegalStateException("could not update the digest read model with event " + event.id(), e);
        }
    }
}
