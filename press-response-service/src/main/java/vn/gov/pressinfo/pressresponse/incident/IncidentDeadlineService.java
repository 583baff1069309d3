package vn.gov.pressinfo.pressresponse.incident;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.gov.pressinfo.events.Events;
import vn.gov.pressinfo.events.press.InitialStatementOverdue;
import vn.gov.pressinfo.outbox.Outbox;
import vn.gov.pressinfo.web.BusinessTime;

/** Notices of incidents whose lead agency gave no initial statement by the deadline (chậm phát ngôn ban đầu). */
@ApplicationScoped
public class IncidentDeadlineService {

    private final IncidentRepository incidents;
    private final Outbox outbox;
    private final BusinessTime time;

    public IncidentDeadlineService(IncidentRepository incidents, Outbox outbox, BusinessTime time) {
        this.incidents = incidents;
        this.outbox = outbox;
        this.time = time;
    }

    /**
     * Publishes InitialStatementOverdue for up to {@code limit} incidents past the deadline without a statement of the
     * lead by it, and marks them, in one transaction. The marker column and row locks with SKIP LOCKED make the notice
     * go out exactly once per incident, across restarts and with several replicas scanning.
     *
     * @return how many incidents were noticed (a full batch means: call again)
     */
    @Transactional
    public int markPastDeadline(int limit) {
        Instant now = time.now();
        List<Incident> due = incidents.lockPastDeadline(now, limit);
        for (Incident i : due) {
            i.overdueNotifiedAt = now;
            outbox.publish(Events.INITIAL_STATEMENT_OVERDUE, new InitialStatementOverdue(i.id, i.leadAgencyId, i.leadAgencyName,
                    i.summary, i.severity.name(), i.knownAt, i.initialStatementDueAt, now), now);
        }
        return due.size();
    }
}
