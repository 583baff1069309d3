package vn.gov.pressinfo.pressresponse.deadline;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.gov.pressinfo.web.BusinessTime;
import vn.gov.pressinfo.web.ProblemException;

/** Records deadline rules; a rule never changes once recorded, a newer one takes over from its date. */
@ApplicationScoped
public class DeadlineRuleService {

    private final DeadlineRuleRepository rules;
    private final BusinessTime time;

    public DeadlineRuleService(DeadlineRuleRepository rules, BusinessTime time) {
        this.rules = rules;
        this.time = time;
    }

    public List<DeadlineRule> all() {
        return rules.all();
    }

    /** @throws ProblemException 422 medium missing/superfluous, 409 a rule of that kind already starts that day */
    @Transactional
    public DeadlineRule record(DeadlineRuleRequest request, String actor) {
        if (request.kind() == DeadlineKind.CORRECTION && request.medium() == null) {
            throw ProblemException.unprocessable("medium", "is required for a CORRECTION rule");
        }
        if (request.kind() != DeadlineKind.CORRECTION && request.medium() != null) {
            throw ProblemException.unprocessable("medium", "applies only to CORRECTION rules");
        }
        if (rules.exists(request.kind(), request.medium(), request.effectiveFrom())) {
            throw ProblemException.conflict("A " + request.kind() + " rule" + (request.medium() == null ? "" : " for " + request.medium())
                    + " already takes effect on " + request.effectiveFrom() + ".");
        }
        DeadlineRule rule = DeadlineRule.record(request, actor, time.now());
        rules.persist(rule);
        return rule;
    }
}
