package vn.gov.pressinfo.pressresponse.presscase;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.gov.pressinfo.security.AgencyScope;
import vn.gov.pressinfo.web.ProblemException;

/**
 * The one way a case changes state: loads it (locked, within the agency scope of the caller), applies the
 * transition table ({@link PressCase#moveTo}) and records the step with who, when and why. Used by every
 * feature that moves a case (verification, rebuttal, correction, the overdue job).
 */
@ApplicationScoped
public class CaseWorkflow {

    private final PressCaseRepository cases;
    private final CaseTransitionRepository transitions;
    private final AgencyScope scope;

    public CaseWorkflow(PressCaseRepository cases, CaseTransitionRepository transitions, AgencyScope scope) {
        this.cases = cases;
        this.transitions = transitions;
        this.scope = scope;
    }

    /**
     * The case, locked until the transaction ends, if the caller may act on its responsible agency.
     *
     * @throws ProblemException 404 unknown case, 403 another agency's officer
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public PressCase lock(UUID id) {
        PressCase c = cases.lock(id).orElseThrow(() -> notFound(id));
        scope.requireAccess(c.responsibleAgencyId);
        return c;
    }

    /** The case, if the caller may see it (read only). */
    public PressCase read(UUID id) {
        PressCase c = cases.findByIdOptional(id).orElseThrow(() -> notFound(id));
        scope.requireAccess(c.responsibleAgencyId);
        return c;
    }

    /**
     * Moves the case and records the step.
     *
     * @throws ProblemException 409 when the transition table does not allow it
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void move(PressCase c, CaseState target, String action, String actor, Instant at, String note) {
        CaseState from = c.moveTo(target);
        c.updatedAt = at;
        c.updatedBy = actor;
        record(c.id, action, from, target, actor, at, note);
    }

    /** Records a step that does not change the state (registration, reassignment). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID caseId, String action, CaseState from, CaseState to, String actor, Instant at, String note) {
        CaseTransition t = new CaseTransition();
        t.caseId = caseId;
        t.action = action;
        t.fromState = from;
        t.toState = to;
        t.actor = actor;
        t.at = at;
        t.note = note;
        transitions.persist(t);
    }

    public List<CaseTransition> history(UUID caseId) {
        read(caseId);
        return transitions.ofCase(caseId);
    }

    private static ProblemException notFound(UUID id) {
        return ProblemException.notFound("Case " + id + " does not exist.");
    }
}
