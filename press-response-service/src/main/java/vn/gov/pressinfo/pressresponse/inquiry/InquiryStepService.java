package vn.gov.pressinfo.pressresponse.inquiry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.gov.pressinfo.agencydirectory.SpokespersonReference;
import vn.gov.pressinfo.events.Events;
import vn.gov.pressinfo.outbox.Outbox;
import vn.gov.pressinfo.pressresponse.speaker.Speakers;
import vn.gov.pressinfo.pressresponse.statement.StatementService;
import vn.gov.pressinfo.web.BusinessTime;
import vn.gov.pressinfo.web.ProblemException;
import vn.gov.pressinfo.web.TextSearch;

/**
 * The steps between receipt and closure: assignment to a person who may speak for the agency, clarification (the clock
 * pauses), answer (whole or partial), refusal on legal grounds, withdrawal and closure. The transition table is checked
 * first, so an illegal step answers 409 before any check of its content.
 */
@ApplicationScoped
public class InquiryStepService {

    private final InquiryWorkflow workflow;
    private final InquiryClock clock;
    private final InquiryRefusalRepository refusals;
    private final RefusalGrounds grounds;
    private final Speakers speakers;
    private final StatementService statements;
    private final Outbox outbox;
    private final BusinessTime time;

    public InquiryStepService(InquiryWorkflow workflow, InquiryClock clock, InquiryRefusalRepository refusals, RefusalGrounds grounds,
            Speakers speakers, StatementService statements, Outbox outbox, BusinessTime time) {
        this.workflow = workflow;
        this.clock = clock;
        this.refusals = refusals;
        this.grounds = grounds;
        this.speakers = speakers;
        this.statements = statements;
        this.outbox = outbox;
        this.time = time;
    }

    /**
     * RECEIVED → ASSIGNED, or a reassignment, to the agency's spokesperson, head or an authorized spokesperson of today.
     *
     * @throws ProblemException 422 the person may not speak for the agency today
     */
    @Transactional
    public PressInquiry assign(UUID id, InquiryRequests.Assignment request, String actor) {
        PressInquiry q = workflow.lock(id);
        q.requireAllowed(InquiryState.ASSIGNED);
        SpokespersonReference person = speaker(q, request.spokespersonEmail(), time.today());
        Instant now = time.now();
        String note = TextSearch.clean(request.note());
        workflow.move(q, InquiryState.ASSIGNED, "ASSIGNED", actor, now, person.fullName + " (" + person.email + ")"
                + (note == null ? "" : ". " + note));
        q.assigneeEmail = person.email.trim().toLowerCase(java.util.Locale.ROOT);
        q.assigneeName = person.fullName;
        return q;
    }

    /** → CLARIFICATION_REQUESTED: the clock pauses until the journalist clarifies. */
    @Transactional
    public PressInquiry requestClarification(UUID id, InquiryRequests.ClarificationRequest request, String actor) {
        PressInquiry q = workflow.lock(id);
        workflow.move(q, InquiryState.CLARIFICATION_REQUESTED, "CLARIFICATION_REQUESTED", actor, time.now(), TextSearch.clean(request.question()));
        clock.pause(q, time.today());
        return q;
    }

    /** CLARIFICATION_REQUESTED → back to ASSIGNED (or RECEIVED): the clock resumes, later by the working days it waited. */
    @Transactional
    public PressInquiry clarificationReceived(UUID id, InquiryRequests.Note request, String actor) {
        PressInquiry q = workflow.lock(id);
        if (q.state != InquiryState.CLARIFICATION_REQUESTED) {
            throw ProblemException.conflict("Inquiry " + id + " is " + q.state + " and awaits no clarification; allowed next states: "
                    + q.state.next() + ".");
        }
        InquiryState back = q.assigneeEmail == null ? InquiryState.RECEIVED : InquiryState.ASSIGNED;
        workflow.move(q, back, "CLARIFICATION_RECEIVED", actor, time.now(), TextSearch.clean(request.note()));
        clock.resume(q, time.today());
        return q;
    }

    /**
     * ASSIGNED → ANSWERED, or PARTIALLY_ANSWERED when some questions are refused on legal grounds; publishes
     * PressInquiryAnswered with whether it met the deadline. The answer is also an act of providing information: it is
     * recorded as a non-public statement linked to the inquiry (StatementIssued), in the same transaction.
     *
     * @throws ProblemException 422 a time in the future or before the receipt, a person who may not speak for the agency that
     *                          day, a refused question that does not exist or appears twice, every question refused, no ground
     */
    @Transactional
    public PressInquiry answer(UUID id, InquiryRequests.Answer request, String actor) {
        PressInquiry q = workflow.lock(id);
        List<InquiryRequests.QuestionRefusal> refused = request.refusedQuestions() == null ? List.of() : request.refusedQuestions();
        InquiryState target = refused.isEmpty() ? InquiryState.ANSWERED : InquiryState.PARTIALLY_ANSWERED;
        Instant now = time.now();
        Instant at = request.answeredAt() == null ? now : request.answeredAt();
        q.requireAllowed(target);
        LocalDate day = checkTime(q, at, now, "answeredAt");
        SpokespersonReference person = speaker(q, request.spokespersonEmail(), day);
        List<InquiryRefusal> rows = questionRefusals(q, refused, day);
        workflow.move(q, target, target.name(), actor, now, refused.isEmpty() ? null : refused.size() + " question(s) refused");
        respond(q, person, at);
        q.form = request.form();
        q.answer = request.answer().strip();
        rows.forEach(refusals::persist);
        outbox.publish(Events.PRESS_INQUIRY_ANSWERED, InquiryEvents.answered(q, rows.size(), actor), now);
        statements.issue(new StatementService.Issue(q.agencyId, q.agencyName, q.form, "Trả lời: " + q.subject, q.answer, person, at,
                List.of(q.outletName), q.id, null, null, false), actor);
        return q;
    }

    /**
     * ASSIGNED → REFUSED citing at least one legal ground in force that day and a reason; publishes PressInquiryRefused.
     *
     * @throws ProblemException 422 no ground or one not in force that day, a person who may not speak for the agency
     */
    @Transactional
    public PressInquiry refuse(UUID id, InquiryRequests.Refusal request, String actor) {
        PressInquiry q = workflow.lock(id);
        Instant now = time.now();
        Instant at = request.refusedAt() == null ? now : request.refusedAt();
        q.requireAllowed(InquiryState.REFUSED);
        LocalDate day = checkTime(q, at, now, "refusedAt");
        List<String> cited = grounds.require(request.grounds(), day, "grounds");
        SpokespersonReference person = speaker(q, request.spokespersonEmail(), day);
        String reason = TextSearch.clean(request.reason());
        workflow.move(q, InquiryState.REFUSED, "REFUSED", actor, now, String.join(", ", cited) + ": " + reason);
        respond(q, person, at);
        InquiryRefusal row = new InquiryRefusal();
        row.inquiryId = q.id;
        row.grounds = cited.toArray(String[]::new);
        row.reason = reason;
        refusals.persist(row);
        var labels = grounds.labels(day);
        outbox.publish(Events.PRESS_INQUIRY_REFUSED, InquiryEvents.refused(q, cited, cited.stream().map(labels::get).toList(), reason, actor),
                now);
        return q;
    }

    /** → WITHDRAWN: the journalist no longer needs the information. */
    @Transactional
    public PressInquiry withdraw(UUID id, InquiryRequests.Note request, String actor) {
        PressInquiry q = workflow.lock(id);
        workflow.move(q, InquiryState.WITHDRAWN, "WITHDRAWN", actor, time.now(), TextSearch.clean(request.note()));
        return q;
    }

    /** Answered, refused, transferred or withdrawn → CLOSED. */
    @Transactional
    public PressInquiry close(UUID id, InquiryRequests.Note request, String actor) {
        PressInquiry q = workflow.lock(id);
        Instant now = time.now();
        workflow.move(q, InquiryState.CLOSED, "CLOSED", actor, now, TextSearch.clean(request.note()));
        q.closedAt = now;
        return q;
    }

    private void respond(PressInquiry q, SpokespersonReference person, Instant at) {
        q.respondedByName = person.fullName;
        q.respondedByEmail = person.email.trim().toLowerCase(java.util.Locale.ROOT);
        q.respondedAt = at;
        q.onTime = clock.onTime(q, at);
    }

    private static LocalDate checkTime(PressInquiry q, Instant at, Instant now, String field) {
        if (at.isAfter(now)) {
            throw ProblemException.unprocessable(field, "must not be in the future");
        }
        if (at.isBefore(q.receivedAt)) {
            throw ProblemException.unprocessable(field, "must not be before the inquiry was received (" + q.receivedAt + ")");
        }
        return at.atZone(BusinessTime.ZONE).toLocalDate();
    }

    private SpokespersonReference speaker(PressInquiry q, String email, LocalDate day) {
        return speakers.speaker(q.agencyId, email, day).orElseThrow(() -> ProblemException.unprocessable("spokespersonEmail",
                email + " is not the spokesperson, the head or an authorized spokesperson of " + q.agencyName + " on " + day
                        + " in the spokesperson registry"));
    }

    private List<InquiryRefusal> questionRefusals(PressInquiry q, List<InquiryRequests.QuestionRefusal> refused, LocalDate day) {
        Set<Integer> seen = new HashSet<>();
        List<InquiryRefusal> rows = new java.util.ArrayList<>();
        for (int i = 0; i < refused.size(); i++) {
            InquiryRequests.QuestionRefusal r = refused.get(i);
            String field = "refusedQuestions[" + i + "]";
            if (r.question() > q.questions.length) {
                throw ProblemException.unprocessable(field + ".question", "the inquiry has " + q.questions.length + " question(s)");
            }
            if (!seen.add(r.question())) {
                throw ProblemException.unprocessable(field + ".question", "question " + r.question() + " is refused twice");
            }
            InquiryRefusal row = new InquiryRefusal();
            row.inquiryId = q.id;
            row.questionNo = r.question();
            row.grounds = grounds.require(r.grounds(), day, field + ".grounds").toArray(String[]::new);
            row.reason = TextSearch.clean(r.reason());
            rows.add(row);
        }
        if (!refused.isEmpty() && seen.size() == q.questions.length) {
            throw ProblemException.unprocessable("refusedQuestions", "every question is refused: record a refusal of the inquiry instead");
        }
        return rows;
    }
}
