package vn.gov.pressinfo.pressresponse.inquiry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import vn.gov.pressinfo.events.Events;
import vn.gov.pressinfo.outbox.Outbox;
import vn.gov.pressinfo.pressresponse.agency.WorkMove;

/**
 * Moves the inquiries a reorganised agency still owes a response ({@link InquiryState#open()}) to the successor that takes
 * its work, or back to the press management department flagged for reassignment. The state and the clock stay: the
 * journalist's deadline stands whoever answers. The step is recorded ({@code from = to}) and PressWorkMoved published once
 * per inquiry. Only inquiries still on the predecessor move, so a replay changes nothing.
 */
@ApplicationScoped
public class InquiryReorganisation {

    private static final Logger LOG = Logger.getLogger(InquiryReorganisation.class);

    private final PressInquiryRepository inquiries;
    private final InquiryWorkflow workflow;
    private final Outbox outbox;

    public InquiryReorganisation(PressInquiryRepository inquiries, InquiryWorkflow workflow, Outbox outbox) {
        this.inquiries = inquiries;
        this.workflow = workflow;
        this.outbox = outbox;
    }

    /** @return how many inquiries moved (or were flagged) */
    @Transactional(Transactional.TxType.MANDATORY)
    public int move(WorkMove move) {
        int moved = 0;
        for (PressInquiry q : inquiries.lockOpenOf(move.fromAgencyId())) {
            if (!move.changesAgency() && q.awaitingReassignment) {
                continue;
            }
            String cached = q.agencyName;
            q.agencyId = move.toAgencyId();
            q.agencyName = move.changesAgency() ? move.toAgencyName() : cached;
            q.awaitingReassignment = q.awaitingReassignment || move.returnedToDepartment();
            q.updatedAt = move.at();
            q.updatedBy = move.actor();
            workflow.record(q.id, move.returnedToDepartment() ? "RETURNED_TO_DEPARTMENT" : "MOVED_BY_REORGANISATION", q.state, q.state,
                    move.actor(), move.at(), move.note(cached));
            outbox.publish(Events.PRESS_WORK_MOVED, move.moved(q.id, "INQUIRY", q.subject, cached), move.at());
            moved++;
        }
        if (moved > 0) {
            LOG.infof("%d press inquiry(ies) of agency %s moved to %s (reorganisation %s)", moved, move.fromAgencyId(), move.toAgencyId(),
                    move.event().reorganisationId());
        }
        return moved;
    }
}
