package vn.gov.pressinfo.pressresponse.inquiry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.gov.pressinfo.events.Events;
import vn.gov.pressinfo.outbox.Outbox;
import vn.gov.pressinfo.web.BusinessTime;

/** Notices of inquiries that passed a deadline unanswered (chậm cung cấp thông tin cho báo chí). */
@ApplicationScoped
public class InquiryDeadlineService {

    /** The actor recorded for steps taken by the deadline scan. */
    static final String ACTOR = "system:inquiry-deadlines";

    private final PressInquiryRepository inquiries;
    private final InquiryWorkflow workflow;
    private final Outbox outbox;
    private final BusinessTime time;

    public InquiryDeadlineService(PressInquiryRepository inquiries, InquiryWorkflow workflow, Outbox outbox, BusinessTime time) {
        this.inquiries = inquiries;
        this.workflow = workflow;
        this.outbox = outbox;
        this.time = time;
    }

    /**
     * Publishes PressInquiryOverdue for up to {@code limit} inquiries whose clock runs and that passed the answer deadline
     * (level OVERDUE) or the very-overdue deadline (VERY_OVERDUE) without that level's notice, in one transaction. The
     * marker columns and row locks with SKIP LOCKED make each level's notice go out exactly once per inquiry, across
     * restarts and with several replicas scanning; an inquiry found past both deadlines gets both notices, in order.
     *
     * @return how many inquiries were examined (a full batch means: call again)
     */
    @Transactional
    public int markPastDeadline(int limit) {
        Instant now = time.now();
        LocalDate today = now.atZone(BusinessTime.ZONE).toLocalDate();
        List<PressInquiry> due = inquiries.lockPastDeadline(today, limit);
        for (PressInquiry q : due) {
            if (q.overdueNotifiedAt == null && today.isAfter(q.dueDate)) {
                q.overdueNotifiedAt = now;
                notice(q, OverdueLevel.OVERDUE, q.dueDate, now);
            }
            if (q.veryOverdueNotifiedAt == null && today.isAfter(q.veryOverdueDate)) {
                q.veryOverdueNotifiedAt = now;
                notice(q, OverdueLevel.VERY_OVERDUE, q.veryOverdueDate, now);
            }
        }
        return due.size();
    }

    private void notice(PressInquiry q, OverdueLevel level, LocalDate missed, Instant now) {
        workflow.record(q.id, level.name(), q.state, q.state, ACTOR, now, "Deadline " + missed + " passed without an answer");
        outbox.publish(Events.PRESS_INQUIRY_OVERDUE, InquiryEvents.overdue(q, level, missed, now), now);
    }
}
