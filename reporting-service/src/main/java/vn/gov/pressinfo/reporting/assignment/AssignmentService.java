package vn.gov.pressinfo.reporting.assignment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.gov.pressinfo.events.Events;
import vn.gov.pressinfo.events.reporting.ReportAccepted;
import vn.gov.pressinfo.events.reporting.ReportReturned;
import vn.gov.pressinfo.events.reporting.ReportSubmitted;
import vn.gov.pressinfo.outbox.Outbox;
import vn.gov.pressinfo.reporting.facts.FactRepository;
import vn.gov.pressinfo.reporting.facts.RecordedIndicators;
import vn.gov.pressinfo.reporting.regime.IndicatorDefinition;
import vn.gov.pressinfo.reporting.regime.IndicatorType;
import vn.gov.pressinfo.reporting.request.ReportRequest;
import vn.gov.pressinfo.security.AgencyScope;
import vn.gov.pressinfo.web.BusinessTime;
import vn.gov.pressinfo.web.ETags;
import vn.gov.pressinfo.web.Page;
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.ProblemException;

/**
 * The life of an assignment: drafts, atomic submission (late ones accepted and marked late), review by the
 * department, every transition recorded with who, when and why, and the matching event in the outbox.
 */
@ApplicationScoped
public class AssignmentService {

    private final AssignmentRepository assignments;
    private final AssignmentTransitionRepository transitions;
    private final FactRepository facts;
    private final AgencyScope scope;
    private final Outbox outbox;
    private final BusinessTime time;

    public AssignmentService(AssignmentRepository assignments, AssignmentTransitionRepository transitions, FactRepository facts,
            AgencyScope scope, Outbox outbox, BusinessTime time) {
        this.assignments = assignments;
        this.transitions = transitions;
        this.facts = facts;
        this.scope = scope;
        this.outbox = outbox;
        this.time = time;
    }

    /** An assignment the caller may see (an agency officer only its own agency's: 403 otherwise). */
    public Assignment get(UUID id) {
        Assignment a = assignments.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Assignment " + id + " does not exist."));
        scope.requireAccess(a.agencyId);
        return a;
    }

    /** Assignments matching the filter; an agency officer sees its own agency's only. */
    public Page<AssignmentResponse> search(AssignmentRepository.Filter filter, PageRequest page) {
        Optional<UUID> confined = scope.confinedAgency();
        AssignmentRepository.Filter effective = filter;
        if (confined.isPresent()) {
            if (filter.agencyId() != null) {
                scope.requireAccess(filter.agencyId());
            }
            effective = new AssignmentRepository.Filter(filter.requestId(), confined.get(), filter.state(), filter.overdue(),
                    filter.late(), filter.query());
        }
        return assignments.search(effective, time.today(), page);
    }

    public List<AssignmentTransition> history(UUID id) {
        get(id);
        return transitions.history(id);
    }

    /** The saved draft, or, before anything was saved, a draft prefilled with what the suite already knows. */
    public DraftResponse draft(UUID id) {
        Assignment a = get(id);
        if (a.draft != null) {
            return new DraftResponse(a.draft, List.of(), a.version);
        }
        ReportRequest r = a.request;
        if (r.periodStart == null || r.periodEnd == null) {
            return new DraftResponse(ReportContent.EMPTY, List.of(), a.version);
        }
        Set<String> wanted = r.indicators.stream().filter(d -> d.type() == IndicatorType.INTEGER).map(IndicatorDefinition::key)
                .collect(Collectors.toSet());
        Map<String, Long> known = RecordedIndicators.KEYS.stream().anyMatch(wanted::contains)
                ? facts.recordedIndicators(List.of(a.agencyId), r.periodStart, r.periodEnd) : Map.of();
        Map<String, Object> values = new LinkedHashMap<>();
        List<String> prefilled = new ArrayList<>();
        for (IndicatorDefinition d : r.indicators) {
            if (wanted.contains(d.key()) && known.containsKey(d.key())) {
                values.put(d.key(), known.get(d.key()));
                prefilled.add(d.key());
            }
        }
        ReportContent content = values.isEmpty() ? ReportContent.EMPTY : new ReportContent(values, null, null);
        return new DraftResponse(content, prefilled, a.version);
    }

    /**
     * Saves the draft (unknown keys and wrong types are refused; missing values are allowed until submission).
     *
     * @throws ProblemException 428/412 on a missing or stale If-Match, 409 once submitted, 422 for bad indicators
     */
    @Transactional
    public Assignment saveDraft(UUID id, String ifMatch, ReportContent content) {
        Assignment a = get(id);
        ETags.requireMatch(ifMatch, a.version);
        requireAwaitingSubmission(a, "save a draft of");
        IndicatorValidator.check(a.request.indicators, content.indicators(), false);
        a.draft = content;
        a.updatedAt = time.now();
        assignments.flush();
        return a;
    }

    /**
     * Submits atomically: the given content (or the saved draft) is checked against the template, becomes the
     * submitted report, the state moves on, the transition is recorded and ReportSubmitted is published, all in
     * one transaction. After the deadline the submission is accepted and marked late.
     */
    @Transactional
    public Assignment submit(UUID id, String ifMatch, ReportContent content, String actor) {
        Assignment a = get(id);
        if (ifMatch != null && !ifMatch.isBlank()) {
            ETags.requireMatch(ifMatch, a.version);
        }
        AssignmentState target = requireAwaitingSubmission(a, "submit").afterSubmission();
        ReportContent report = content != null ? content : a.draft != null ? a.draft : ReportContent.EMPTY;
        IndicatorValidator.check(a.request.indicators, report.indicators(), true);
        Instant now = time.now();
        boolean late = time.today().isAfter(a.dueDate);
        move(a, target, actor, now, late ? "Nộp muộn (quá hạn " + a.dueDate + ")" : null);
        if (a.revision == 0) {
            a.late = late;
        }
        a.revision++;
        a.draft = report;
        a.submitted = report;
        a.submittedAt = now;
        a.submittedBy = actor;
        assignments.flush();
        ReportRequest r = a.request;
        outbox.publish(Events.REPORT_SUBMITTED, new ReportSubmitted(a.id, r.id, a.agencyId, a.agencyName, r.reference, r.subject,
                a.dueDate, a.revision, late, actor, now), now);
        return a;
    }

    /** The department accepts the submitted report (final). */
    @Transactional
    public Assignment accept(UUID id, ReviewRequest review, String actor) {
        Assignment a = get(id);
        Instant now = time.now();
        move(a, AssignmentState.ACCEPTED, actor, now, review == null ? null : blankToNull(review.comment()));
        assignments.flush();
        ReportRequest r = a.request;
        outbox.publish(Events.REPORT_ACCEPTED, new ReportAccepted(a.id, r.id, a.agencyId, a.agencyName, r.reference, r.subject,
                a.dueDate, a.late, actor, now), now);
        return a;
    }

    /** The department returns the submitted report for revision, saying what to revise. */
    @Transactional
    public Assignment returnForRevision(UUID id, ReviewRequest review, String actor) {
        Assignment a = get(id);
        String comment = review == null ? null : blankToNull(review.comment());
        if (comment == null) {
            throw ProblemException.unprocessable("comment", "must say what to revise when returning a report");
        }
        Instant now = time.now();
        move(a, AssignmentState.RETURNED, actor, now, comment);
        assignments.flush();
        ReportRequest r = a.request;
        outbox.publish(Events.REPORT_RETURNED, new ReportReturned(a.id, r.id, a.agencyId, a.agencyName, r.reference, r.subject,
                a.dueDate, comment, actor, now), now);
        return a;
    }

    /**
     * Moves the assignment to {@code target} if the state machine allows it, and records the transition.
     *
     * @throws ProblemException 409 naming the current state and the allowed next states
     */
    private void move(Assignment a, AssignmentState target, String actor, Instant at, String note) {
        if (!a.state.canMoveTo(target)) {
            throw ProblemException.conflict("Assignment " + a.id + " is " + a.state + " and cannot become " + target
                    + "; allowed from " + a.state + ": " + (a.state.next().isEmpty() ? "none (final state)" : a.state.next()) + ".");
        }
        transitions.persist(AssignmentTransition.of(a.id, a.state, target, actor, at, note));
        a.state = target;
        a.updatedAt = at;
    }

    private static AssignmentState requireAwaitingSubmission(Assignment a, String action) {
        if (!a.state.awaitsSubmission()) {
            throw ProblemException.conflict("Cannot " + action + " assignment " + a.id + ": it is " + a.state + "; allowed from "
                    + a.state + ": " + (a.state.next().isEmpty() ? "none (final state)" : a.state.next()) + ".");
        }
        return a.state;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }


}
