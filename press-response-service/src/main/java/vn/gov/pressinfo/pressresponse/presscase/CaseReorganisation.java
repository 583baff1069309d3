package vn.gov.pressinfo.pressresponse.presscase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import vn.gov.pressinfo.events.Events;
import vn.gov.pressinfo.outbox.Outbox;
import vn.gov.pressinfo.pressresponse.agency.WorkMove;
import vn.gov.pressinfo.pressresponse.publicfeed.PublicRebuttalFeed;
import vn.gov.pressinfo.web.publicpage.PublicPagesChanged;

/**
 * Moves the cases a reorganised agency still holds (every state but CLOSED) to the successor that takes its work, or back
 * to the press management department flagged for reassignment. The state stays; the step is recorded ({@code from = to})
 * and PressWorkMoved published once per case. Only cases still on the predecessor move, so a replay changes nothing.
 */
@ApplicationScoped
public class CaseReorganisation {

    private static final Logger LOG = Logger.getLogger(CaseReorganisation.class);

    private final PressCaseRepository cases;
    private final CaseWorkflow workflow;
    private final Outbox outbox;
    private final Event<PublicPagesChanged> publicPagesChanged;

    public CaseReorganisation(PressCaseRepository cases, CaseWorkflow workflow, Outbox outbox,
            Event<PublicPagesChanged> publicPagesChanged) {
        this.publicPagesChanged = publicPagesChanged;
        this.cases = cases;
        this.workflow = workflow;
        this.outbox = outbox;
    }

    /** @return how many cases moved (or were flagged) */
    @Transactional(Transactional.TxType.MANDATORY)
    public int move(WorkMove move) {
        int moved = 0;
        for (PressCase c : cases.lockOpenOf(move.fromAgencyId())) {
            if (!move.changesAgency() && c.awaitingReassignment) {
                continue;
            }
            String cached = c.responsibleAgencyName;
            c.responsibleAgencyId = move.toAgencyId();
            c.responsibleAgencyName = move.changesAgency() ? move.toAgencyName() : cached;
            c.awaitingReassignment = c.awaitingReassignment || move.returnedToDepartment();
            c.updatedAt = move.at();
            c.updatedBy = move.actor();
            workflow.record(c.id, move.returnedToDepartment() ? "RETURNED_TO_DEPARTMENT" : "MOVED_BY_REORGANISATION", c.state, c.state,
                    move.actor(), move.at(), move.note(cached));
            outbox.publish(Events.PRESS_WORK_MOVED, move.moved(c.id, "CASE", c.title, cached), move.at());
            moved++;
        }
        if (moved > 0 && move.changesAgency()) {
            publicPagesChanged.fire(PublicRebuttalFeed.CHANGED); // a sent rebuttal shows the responsible agency's name
        }
        if (moved > 0) {
            LOG.infof("%d case(s) of agency %s moved to %s (reorganisation %s)", moved, move.fromAgencyId(), move.toAgencyId(),
                    move.event().reorganisationId());
        }
        return moved;
    }
}
