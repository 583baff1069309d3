package vn.gov.pressinfo.pressresponse.presscase;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class CaseTransitionRepository implements PanacheRepositoryBase<CaseTransition, Long> {

    /** The steps of a case, oldest first. */
    public List<CaseTransition> ofCase(UUID caseId) {
        return list("caseId", Sort.ascending("id"), caseId);
    }
}
