package vn.gov.pressinfo.reporting.assignment;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class AssignmentTransitionRepository implements PanacheRepositoryBase<AssignmentTransition, Long> {

    public List<AssignmentTransition> history(UUID assignmentId) {
        return list("assignmentId", Sort.by("id"), assignmentId);
    }
}
