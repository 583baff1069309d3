package vn.gov.pressinfo.pressresponse.inquiry;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.gov.pressinfo.security.AgencyScope;
import vn.gov.pressinfo.web.ProblemException;

/**
 * The one way an inquiry changes state: loads it (locked, within the caller's agency scope), applies the transition
 * table ({@link PressInquiry#moveTo}) and records the step with who, when and why.
 */
@ApplicationScoped
public class InquiryWorkflow {

    private final PressInquiryRepository inquiries;
    private final InquiryTransitionRepository transitions;
    private final AgencyScope scope;

    public InquiryWorkflow(PressInquiryRepository inquiries, InquiryTransitionRepository transitions, AgencyScope scope) {
        this.inquiries = inquiries;
        this.transitions = transitions;
        this.scope = scope;
    }

    /**
     * The inquiry, locked until the transaction ends, if the caller may act for its agency.
     *
     * @throws ProblemException 404 unknown inquiry, 403 another agency's officer
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public PressInquiry lock(UUID id) {
        PressInquiry q = inquiries.lock(id).orElseThrow(() -> notFound(id));
        scope.requireAccess(q.agencyId);
        return q;
    }

    /** The inquiry, if the caller may see it. */
    public PressInquiry read(UUID id) {
        PressInquiry q = inquiries.findByIdOptional(id).orElseThrow(() -> notFound(id));
        scope.requireAccess(q.agencyId);
        return q;
    }

    /**
     * Moves the inquiry and records the step.
     *
     * @throws ProblemException 409 when the transition table does not allow it
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void move(PressInquiry q, InquiryState target, String action, String actor, Instant at, String note) {
        InquiryState from = q.moveTo(target);
        q.updatedAt = at;
        q.updatedBy = actor;
        record(q.id, action, from, target, actor, at, note);
    }

    /** Records a step that does not change the state (registration, overdue notices). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID inquiryId, String action, InquiryState from, InquiryState to, String actor, Instant at, String note) {
        InquiryTransition t = new InquiryTransition();
        t.inquiryId = inquiryId;
        t.action = action;
        t.fromState = from;
        t.toState = to;
        t.actor = actor;
        t.at = at;
        t.note = note;
        transitions.persist(t);
    }

    public List<InquiryTransition> history(UUID id) {
        read(id);
        return transitions.ofInquiry(id);
    }

    static ProblemException notFound(UUID id) {
        return ProblemException.notFound("Press inquiry " + id + " does not exist.");
    }
}
