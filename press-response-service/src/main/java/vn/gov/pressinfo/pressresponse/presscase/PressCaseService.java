package vn.gov.pressinfo.pressresponse.presscase;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import vn.gov.pressinfo.agencydirectory.AgencyReference;
import vn.gov.pressinfo.events.Events;
import vn.gov.pressinfo.outbox.Outbox;
import vn.gov.pressinfo.pressresponse.agency.KnownAgencies;
import vn.gov.pressinfo.pressresponse.deadline.DeadlineKind;
import vn.gov.pressinfo.pressresponse.deadline.Deadlines;
import vn.gov.pressinfo.pressresponse.publicfeed.PublicRebuttalFeed;
import vn.gov.pressinfo.security.AgencyScope;
import vn.gov.pressinfo.security.Caller;
import vn.gov.pressinfo.security.Roles;
import vn.gov.pressinfo.web.BusinessTime;
import vn.gov.pressinfo.web.Page;
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.ProblemException;
import vn.gov.pressinfo.web.TextSearch;
import vn.gov.pressinfo.web.publicpage.PublicPagesChanged;

/**
 * Registration, assignment, verification, verdict, remedy, escalation and closure of cases (xử lý thông tin
 * sai sự thật trên báo chí). Each step goes through {@link CaseWorkflow} and publishes its event in the same
 * transaction.
 */
@ApplicationScoped
public class PressCaseService {

    private final PressCaseRepository cases;
    private final PressCaseListQueries list;
    private final CaseWorkflow workflow;
    private final KnownAgencies agencies;
    private final AgencyScope scope;
    private final Deadlines deadlines;
    private final Outbox outbox;
    private final BusinessTime time;
    private final Caller caller;
    private final Event<PublicPagesChanged> publicPagesChanged;

    public PressCaseService(PressCaseRepository cases, PressCaseListQueries list, CaseWorkflow workflow, KnownAgencies agencies,
            AgencyScope scope, Deadlines deadlines, Outbox outbox, BusinessTime time, Caller caller,
            Event<PublicPagesChanged> publicPagesChanged) {
        this.caller = caller;
        this.publicPagesChanged = publicPagesChanged;
        this.cases = cases;
        this.list = list;
        this.workflow = workflow;
        this.agencies = agencies;
        this.scope = scope;
        this.deadlines = deadlines;
        this.outbox = outbox;
        this.time = time;
    }

    /**
     * Registers a press item as a DETECTED case, responsible agency = concerned agency, and publishes
     * PressItemDetected.
     *
     * @throws ProblemException 422 unknown agency or bad URL, 403 another agency's officer, 409 the same
     *                          normalised URL is already a case (naming it)
     */
    @Transactional
    public PressCase register(RegisterPressItemRequest raw, String actor) {
        RegisterPressItemRequest request = raw.cleaned();
        scope.requireAccess(request.concernedAgencyId());
        AgencyReference agency = agencies.require("concernedAgencyId", request.concernedAgencyId());
        String normalized = ItemUrl.normalize(request.url());
        cases.byNormalizedUrl(normalized).ifPresent(existing -> {
            throw duplicate(existing.id, normalized);
        });
        Instant now = time.now();
        PressCase c = new PressCase();
        c.id = UUID.randomUUID();
        c.outletName = request.outletName();
        c.outletId = request.pressAgencyId();
        c.medium = request.medium();
        c.url = request.url();
        c.normalizedUrl = normalized;
        c.title = request.title();
        c.publishedAt = request.publishedAt();
        c.excerpt = request.excerpt();
        c.concernedAgencyId = agency.id;
        c.responsibleAgencyId = agency.id;
        c.responsibleAgencyName = agency.name;
        c.topic = request.topic();
        c.sensitivity = request.sensitivity();
        c.source = request.source();
        c.state = CaseState.DETECTED;
        c.verificationDueDate = deadlines.dueDate(DeadlineKind.VERIFICATION, null, time.today());
        c.detectedAt = now;
        c.detectedBy = actor;
        c.updatedAt = now;
        c.updatedBy = actor;
        cases.persist(c);
        // The unique constraint also stops a concurrent registration of the same URL (→ 409 by the mapper below).
        flushOrConflict(c, normalized);
        workflow.record(c.id, "REGISTERED", null, CaseState.DETECTED, actor, now, "Source: " + c.source);
        outbox.publish(Events.PRESS_ITEM_DETECTED, CaseEvents.detected(c), now);
        return c;
    }

    /**
     * Assigns (DETECTED → ASSIGNED) or reassigns (ASSIGNED, VERIFYING: the state stays) the case to a responsible agency. A
     * case a reorganisation returned to the department (awaiting reassignment) may be given to another agency by press-admin
     * in any open state, the state kept; that clears the flag.
     *
     * @throws ProblemException 422 unknown agency, or no agencyId for a case awaiting reassignment; 409 the case already has
     *                          a verdict (and does not await reassignment); 403 someone other than press-admin reassigning
     *                          a returned case after its verdict
     */
    @Transactional
    public PressCase assign(UUID id, CaseCommands.Assignment request, String actor) {
        PressCase c = workflow.lock(id);
        if (!c.state.assignable(c.awaitingReassignment)) {
            throw ProblemException.conflict("Case " + id + " is " + c.state + "; the responsible agency can only change before the "
                    + "verdict (DETECTED, ASSIGNED, VERIFYING), or in any open state while the case awaits reassignment by the "
                    + "department.");
        }
        boolean returned = c.awaitingReassignment;
        if (returned && !c.state.assignable() && !caller.hasRole(Roles.PRESS_ADMIN)) {
            throw ProblemException.forbidden("Only press-admin (the press management department) may give a case awaiting "
                    + "reassignment to another agency after its verdict.");
        }
        if (returned && request.agencyId() == null) {
            throw ProblemException.unprocessable("agencyId", "is required: the case awaits reassignment by the department");
        }
        Instant now = time.now();
        String note = TextSearch.clean(request.note());
        if (request.agencyId() != null && !request.agencyId().equals(c.responsibleAgencyId)) {
            AgencyReference agency = agencies.require("agencyId", request.agencyId());
            String previous = c.responsibleAgencyName;
            c.responsibleAgencyId = agency.id;
            c.responsibleAgencyName = agency.name;
            note = (returned ? "Sở giao lại: " : "Cơ quan chịu trách nhiệm: ") + previous + " → " + agency.name
                    + (note == null ? "" : ". " + note);
            publicPagesChanged.fire(PublicRebuttalFeed.CHANGED); // a sent rebuttal shows the responsible agency's name
        } else if (returned) {
            note = "Sở giao lại: " + c.responsibleAgencyName + " tiếp tục xử lý" + (note == null ? "" : ". " + note);
        }
        c.awaitingReassignment = false;
        if (c.state == CaseState.DETECTED) {
            workflow.move(c, CaseState.ASSIGNED, "ASSIGNED", actor, now, note);
        } else {
            c.updatedAt = now;
            c.updatedBy = actor;
            workflow.record(c.id, "REASSIGNED", c.state, c.state, actor, now, note);
        }
        return c;
    }

    /** ASSIGNED → VERIFYING. */
    @Transactional
    public PressCase startVerification(UUID id, CaseCommands.Note request, String actor) {
        PressCase c = workflow.lock(id);
        workflow.move(c, CaseState.VERIFYING, "VERIFICATION_STARTED", actor, time.now(), TextSearch.clean(request.note()));
        return c;
    }

    /**
     * Records the verdict: ACCURATE → REMEDYING with the remedy deadline; INACCURATE, FALSE, MISLEADING → FLAGGED with
     * the response deadline, and FalseInfoFlagged.
     */
    @Transactional
    public PressCase recordVerdict(UUID id, CaseCommands.VerdictRequest request, String actor) {
        PressCase c = workflow.lock(id);
        Verdict verdict = request.verdict();
        CaseState target = verdict.flagsFalseInformation() ? CaseState.FLAGGED : CaseState.REMEDYING;
        Instant now = time.now();
        LocalDate today = time.today();
        workflow.move(c, target, "VERDICT_RECORDED", actor, now, verdict + ": " + TextSearch.clean(request.reasoning()));
        c.verdict = verdict;
        c.verdictReasoning = TextSearch.clean(request.reasoning());
        c.evidenceLinks = request.evidenceLinks() == null ? new String[0]
                : request.evidenceLinks().stream().map(String::trim).toArray(String[]::new);
        c.verdictAt = now;
        c.verdictBy = actor;
        if (verdict.flagsFalseInformation()) {
            c.responseDueDate = deadlines.dueDate(DeadlineKind.RESPONSE, null, today);
            outbox.publish(Events.FALSE_INFO_FLAGGED, CaseEvents.flagged(c), now);
        } else {
            c.remedyDueDate = deadlines.dueDate(DeadlineKind.REMEDY, null, today);
        }
        return c;
    }

    /** REMEDYING → REMEDIED with the agency's report. */
    @Transactional
    public PressCase reportRemedy(UUID id, CaseCommands.RemedyReport request, String actor) {
        PressCase c = workflow.lock(id);
        workflow.move(c, CaseState.REMEDIED, "REMEDY_REPORTED", actor, time.now(), null);
        c.remedyReport = TextSearch.clean(request.report());
        return c;
    }

    /** NOT_CORRECTED → ESCALATED, and CaseEscalated. */
    @Transactional
    public PressCase escalate(UUID id, CaseCommands.Escalation request, String actor) {
        PressCase c = workflow.lock(id);
        Instant now = time.now();
        String note = TextSearch.clean(request.note());
        workflow.move(c, CaseState.ESCALATED, "ESCALATED", actor, now, request.kind() + ": " + note);
        c.escalation = request.kind();
        c.escalationNote = note;
        outbox.publish(Events.CASE_ESCALATED, CaseEvents.escalated(c, actor, now), now);
        return c;
    }

    /**
     * Closes the case with an outcome, and CaseClosed. Before a verdict only WITHDRAWN or NO_ACTION_NEEDED fit.
     *
     * @throws ProblemException 409 not closable from its state, 422 an outcome that does not fit the case
     */
    @Transactional
    public PressCase close(UUID id, CaseCommands.Closure request, String actor) {
        PressCase c = workflow.lock(id);
        Outcome outcome = request.outcome();
        if (c.state.allows(CaseState.CLOSED) && !fits(c.state, outcome)) {
            throw ProblemException.unprocessable("outcome", outcome + " does not fit a case that is " + c.state);
        }
        Instant now = time.now();
        workflow.move(c, CaseState.CLOSED, "CLOSED", actor, now, outcome + (request.note() == null ? "" : ": " + TextSearch.clean(request.note())));
        c.outcome = outcome;
        c.closedAt = now;
        outbox.publish(Events.CASE_CLOSED, CaseEvents.closed(c, actor, now), now);
        return c;
    }

    private static boolean fits(CaseState state, Outcome outcome) {
        return switch (state) {
            case DETECTED, ASSIGNED, VERIFYING -> outcome == Outcome.WITHDRAWN || outcome == Outcome.NO_ACTION_NEEDED;
            case REMEDIED -> outcome == Outcome.REMEDIED;
            case CORRECTED -> outcome == Outcome.CORRECTED;
            case ESCALATED -> outcome == Outcome.NOT_CORRECTED || outcome == Outcome.SANCTIONED || outcome == Outcome.CORRECTED;
            default -> false;
        };
    }

    public PressCase get(UUID id) {
        return workflow.read(id);
    }

    public List<CaseTransition> history(UUID id) {
        return workflow.history(id);
    }

    /** Cases, newest first; an agency officer sees only its agency's. */
    public Page<PressCaseResponse> search(PressCaseListQueries.Filter filter, PageRequest page) {
        var confined = scope.confinedAgency();
        if (confined.isPresent()) {
            if (filter.agencyId() != null && !filter.agencyId().equals(confined.get())) {
                throw ProblemException.forbidden("An agency officer may only list the cases of their own agency.");
            }
            filter = new PressCaseListQueries.Filter(confined.get(), filter.state(), filter.medium(), filter.topic(),
                    filter.sensitivity(), filter.verdict(), filter.awaitingReassignment(), filter.q());
        }
        return list.find(filter, page);
    }

    private void flushOrConflict(PressCase c, String normalized) {
        try {
            cases.flush();
        } catch (jakarta.persistence.PersistenceException e) {
            if (isUniqueViolation(e)) {
                throw ProblemException.conflict("This item is already being followed (its address " + normalized
                        + " was registered concurrently).");
            }
            throw e;
        }
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static ProblemException duplicate(UUID existing, String normalized) {
        return ProblemException.conflict("This item is already case " + existing + " (same address once normalised: " + normalized + ").");
    }
}
