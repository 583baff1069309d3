package vn.gov.pressinfo.pressresponse.correction;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.gov.pressinfo.events.Events;
import vn.gov.pressinfo.outbox.Outbox;
import vn.gov.pressinfo.pressresponse.presscase.CaseEvents;
import vn.gov.pressinfo.pressresponse.presscase.CaseState;
import vn.gov.pressinfo.pressresponse.presscase.CaseWorkflow;
import vn.gov.pressinfo.pressresponse.presscase.Medium;
import vn.gov.pressinfo.pressresponse.presscase.PressCase;
import vn.gov.pressinfo.pressresponse.presscase.PressCaseRepository;
import vn.gov.pressinfo.web.BusinessTime;
import vn.gov.pressinfo.web.ProblemException;
import vn.gov.pressinfo.web.TextSearch;

/** Corrections and missed correction deadlines. */
@ApplicationScoped
public class CorrectionService {

    /** The actor recorded for steps taken by the overdue job. */
    static final String OVERDUE_ACTOR = "system:correction-overdue";

    private final CorrectionRepository corrections;
    private final PressCaseRepository cases;
    private final CaseWorkflow workflow;
    private final Outbox outbox;
    private final BusinessTime time;

    public CorrectionService(CorrectionRepository corrections, PressCaseRepository cases, CaseWorkflow workflow, Outbox outbox,
            BusinessTime time) {
        this.corrections = corrections;
        this.cases = cases;
        this.workflow = workflow;
        this.outbox = outbox;
        this.time = time;
    }

    /**
     * AWAITING_CORRECTION or NOT_CORRECTED → CORRECTED with the published correction, and CorrectionPublished (compliant when
     * every applicable check passed, on time when published by the deadline's day).
     *
     * @throws ProblemException 422 a date in the future, online checks missing for online media
     */
    @Transactional
    public Correction record(UUID caseId, CorrectionRequest request, String actor) {
        PressCase c = workflow.lock(caseId);
        Instant now = time.now();
        boolean online = c.medium == Medium.ONLINE || c.medium == Medium.SOCIAL;
        if (c.state.allows(CaseState.CORRECTED)) {
            if (request.publishedOn().isAfter(time.today())) {
                throw ProblemException.unprocessable("publishedOn", "must not be in the future");
            }
            if (online && request.keptOnlineSevenDays() == null) {
                throw ProblemException.unprocessable("keptOnlineSevenDays", "is required for " + c.medium + " media");
            }
            if (online && request.originalRemoved() == null) {
                throw ProblemException.unprocessable("originalRemoved", "is required for " + c.medium + " media");
            }
        }
        workflow.move(c, CaseState.CORRECTED, "CORRECTION_RECORDED", actor, now, TextSearch.clean(request.note()));
        Correction k = new Correction();
        k.id = UUID.randomUUID();
        k.caseId = caseId;
        k.url = request.url().trim();
        k.publishedOn = request.publishedOn();
        k.namesCorrectedWork = request.namesCorrectedWork();
        k.samePositionAndTypeface = request.samePositionAndTypeface();
        k.keptOnlineSevenDays = online ? request.keptOnlineSevenDays() : null;
        k.originalRemoved = online ? request.originalRemoved() : null;
        k.compliant = k.namesCorrectedWork && k.samePositionAndTypeface
                && (!online || (k.keptOnlineSevenDays && k.originalRemoved));
        LocalDate dueDay = c.correctionDueAt.atZone(BusinessTime.ZONE).toLocalDate();
        k.onTime = !k.publishedOn.isAfter(dueDay);
        k.note = TextSearch.clean(request.note());
        k.recordedBy = actor;
        k.recordedAt = now;
        corrections.persist(k);
        outbox.publish(Events.CORRECTION_PUBLISHED, CaseEvents.correctionPublished(c, k.url, k.publishedOn, k.onTime, k.compliant, now), now);
        return k;
    }

    public Correction get(UUID caseId) {
        workflow.read(caseId);
        return corrections.ofCase(caseId).orElseThrow(() -> ProblemException.notFound("Case " + caseId + " has no recorded correction."));
    }

    /**
     * Marks up to {@code limit} cases whose correction deadline has passed NOT_CORRECTED and publishes CorrectionOverdue
     * for each, in one transaction. The marker column {@code overdue_notified_at} and row locks with SKIP LOCKED make
     * each case's notice go out exactly once, even with several replicas running the job.
     *
     * @return how many cases were marked
     */
    @Transactional
    public int markOverdue(int limit) {
        Instant now = time.now();
        List<PressCase> due = cases.lockOverdue(now, limit);
        for (PressCase c : due) {
            workflow.move(c, CaseState.NOT_CORRECTED, "CORRECTION_OVERDUE", OVERDUE_ACTOR, now,
                    "Correction deadline " + c.correctionDueAt + " passed without a correction");
            c.overdueNotifiedAt = now;
            outbox.publish(Events.CORRECTION_OVERDUE, CaseEvents.overdue(c, now), now);
        }
        return due.size();
    }
}
