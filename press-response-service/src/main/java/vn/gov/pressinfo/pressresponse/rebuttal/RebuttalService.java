package vn.gov.pressinfo.pressresponse.rebuttal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import vn.gov.pressinfo.agencydirectory.AgencyRoles;
import vn.gov.pressinfo.agencydirectory.RoleHolder;
import vn.gov.pressinfo.events.Events;
import vn.gov.pressinfo.outbox.Outbox;
import vn.gov.pressinfo.pressresponse.deadline.DeadlineKind;
import vn.gov.pressinfo.pressresponse.deadline.Deadlines;
import vn.gov.pressinfo.pressresponse.presscase.CaseEvents;
import vn.gov.pressinfo.pressresponse.presscase.CaseState;
import vn.gov.pressinfo.pressresponse.presscase.CaseWorkflow;
import vn.gov.pressinfo.pressresponse.presscase.PressCase;
import vn.gov.pressinfo.pressresponse.publicfeed.PublicRebuttalFeed;
import vn.gov.pressinfo.pressresponse.speaker.Speakers;
import vn.gov.pressinfo.web.BusinessTime;
import vn.gov.pressinfo.web.ProblemException;
import vn.gov.pressinfo.web.TextSearch;
import vn.gov.pressinfo.web.publicpage.PublicPagesChanged;

/**
 * The rules of the rebuttal letter: drafted (and revised) after a false-information verdict, approved only by the
 * responsible agency's current spokesperson or head as registry last told us, then sent to the press agency with the
 * press management department in copy (the agency that held the role on the day the letter was sent, as registry published
 * it), which starts the correction deadline of the outlet's medium.
 */
@ApplicationScoped
public class RebuttalService {

    private final RebuttalRepository rebuttals;
    private final CaseWorkflow workflow;
    private final Speakers spokespersons;
    private final Deadlines deadlines;
    private final Outbox outbox;
    private final BusinessTime time;
    private final AgencyRoles roles;
    private final Event<PublicPagesChanged> publicPagesChanged;

    public RebuttalService(RebuttalRepository rebuttals, CaseWorkflow workflow, Speakers spokespersons, Deadlines deadlines,
            Outbox outbox, BusinessTime time, AgencyRoles roles, Event<PublicPagesChanged> publicPagesChanged) {
        this.publicPagesChanged = publicPagesChanged;
        this.rebuttals = rebuttals;
        this.workflow = workflow;
        this.spokespersons = spokespersons;
        this.deadlines = deadlines;
        this.outbox = outbox;
        this.time = time;
        this.roles = roles;
    }

    /** FLAGGED → RESPONSE_DRAFTED with a new draft, or a revision of the draft while it awaits approval. */
    @Transactional
    public Rebuttal draft(UUID caseId, RebuttalRequests.Draft request, String actor) {
        PressCase c = workflow.lock(caseId);
        boolean revision = c.state == CaseState.RESPONSE_DRAFTED;
        Instant now = time.now();
        workflow.move(c, CaseState.RESPONSE_DRAFTED, revision ? "REBUTTAL_REVISED" : "REBUTTAL_DRAFTED", actor, now, null);
        Rebuttal existing = rebuttals.ofCase(caseId).orElse(null);
        Rebuttal r = existing == null ? new Rebuttal() : existing;
        if (existing == null) {
            r.id = UUID.randomUUID();
            r.caseId = caseId;
        }
        r.status = RebuttalStatus.DRAFT;
        r.content = request.content().strip();
        r.correctInformation = TextSearch.clean(request.correctInformation());
        r.draftedBy = actor;
        r.draftedAt = now;
        if (existing == null) {
            rebuttals.persist(r);
        }
        return r;
    }

    /**
     * RESPONSE_DRAFTED → RESPONSE_APPROVED.
     *
     * @throws ProblemException 403 unless {@code approverEmail} is the responsible agency's current spokesperson or head
     */
    @Transactional
    public Rebuttal approve(UUID caseId, RebuttalRequests.Approval request, String actor, String approverEmail) {
        PressCase c = workflow.lock(caseId);
        LocalDate today = time.today();
        if (c.state.allows(CaseState.RESPONSE_APPROVED)
                && !spokespersons.mayApprove(c.responsibleAgencyId, approverEmail, today)) {
            throw ProblemException.forbidden("Only the current spokesperson or head of " + c.responsibleAgencyName
                    + " (as recorded in the spokesperson registry) may approve its rebuttal letter.");
        }
        Instant now = time.now();
        String note = TextSearch.clean(request.note());
        workflow.move(c, CaseState.RESPONSE_APPROVED, "REBUTTAL_APPROVED", actor, now, note);
        Rebuttal r = require(caseId);
        r.status = RebuttalStatus.APPROVED;
        r.approvedBy = approverEmail;
        r.approvedAt = now;
        r.approvalNote = note;
        return r;
    }

    /**
     * RESPONSE_APPROVED → AWAITING_CORRECTION: records how the letter was sent, computes the correction deadline by
     * the outlet's medium and publishes RebuttalSent.
     *
     * @throws ProblemException 422 a sending time in the future or before the approval; 409 registry has not published who
     *                          held the press management department role on the day it was sent
     */
    @Transactional
    public Rebuttal send(UUID caseId, RebuttalRequests.Dispatch request, String actor) {
        PressCase c = workflow.lock(caseId);
        Instant now = time.now();
        Instant sentAt = request.sentAt() == null ? now : request.sentAt();
        Rebuttal r = rebuttals.ofCase(caseId).orElse(null);
        if (c.state.allows(CaseState.AWAITING_CORRECTION) && r != null) {
            if (sentAt.isAfter(now)) {
                throw ProblemException.unprocessable("sentAt", "must not be in the future");
            }
            if (r.approvedAt != null && sentAt.isBefore(r.approvedAt)) {
                throw ProblemException.unprocessable("sentAt", "must not be before the approval (" + r.approvedAt + ")");
            }
        }
        workflow.move(c, CaseState.AWAITING_CORRECTION, "REBUTTAL_SENT", actor, now, "Sent by " + request.channel());
        r = require(caseId);
        List<String> copyTo = new ArrayList<>();
        copyTo.add(department(sentAt.atZone(BusinessTime.ZONE).toLocalDate()).agencyName());
        if (request.copyTo() != null) {
            request.copyTo().stream().map(TextSearch::clean).filter(s -> !copyTo.contains(s)).forEach(copyTo::add);
        }
        r.status = RebuttalStatus.SENT;
        r.channel = request.channel();
        r.documentNumber = TextSearch.clean(request.documentNumber());
        r.recipient = request.recipient() == null || request.recipient().isBlank() ? c.outletName : TextSearch.clean(request.recipient());
        r.copyTo = copyTo.toArray(String[]::new);
        r.sentAt = sentAt;
        r.sentBy = actor;
        r.onTime = c.responseDueDate == null || !sentAt.atZone(BusinessTime.ZONE).toLocalDate().isAfter(c.responseDueDate);
        c.correctionDueAt = deadlines.dueAt(DeadlineKind.CORRECTION, c.medium, sentAt);
        List<String> recipients = new ArrayList<>();
        recipients.add(r.recipient);
        copyTo.forEach(cc -> recipients.add("cc: " + cc));
        outbox.publish(Events.REBUTTAL_SENT, CaseEvents.rebuttalSent(c, r.id, r.channel.name(), recipients, r.approvedBy, sentAt, r.onTime),
                now);
        publicPagesChanged.fire(PublicRebuttalFeed.CHANGED); // a sent rebuttal is public
        return r;
    }

    /** The press management department on {@code day}, whom every rebuttal letter is copied to. */
    private RoleHolder department(LocalDate day) {
        return roles.pressManagementDepartmentOn(day).orElseThrow(() -> ProblemException.conflict("Registry has not published the "
                + "press management department for " + day + " (chưa có thông tin cơ quan quản lý nhà nước về báo chí ngày "
                + day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + "): the rebuttal letter cannot be "
                + "copied to it. Record the PRESS_MANAGEMENT_DEPARTMENT role in registry-service for that date, then send again."));
    }

    /** The rebuttal of a case the caller may see. */
    public Rebuttal get(UUID caseId) {
        workflow.read(caseId);
        return require(caseId);
    }

    private Rebuttal require(UUID caseId) {
        return rebuttals.ofCase(caseId).orElseThrow(() -> ProblemException.notFound("Case " + caseId + " has no rebuttal letter yet."));
    }
}
