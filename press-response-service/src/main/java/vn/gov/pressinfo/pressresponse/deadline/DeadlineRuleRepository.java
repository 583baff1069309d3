package vn.gov.pressinfo.pressresponse.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import vn.gov.pressinfo.pressresponse.presscase.Medium;

@ApplicationScoped
public class DeadlineRuleRepository implements PanacheRepositoryBase<DeadlineRule, java.util.UUID> {

    /** The rule of this kind (and medium) in force on {@code day}: the latest one effective on or before it. */
    public Optional<DeadlineRule> inForce(DeadlineKind kind, Medium medium, LocalDate day) {
        String query = medium == null ? "kind = ?1 and medium is null and effectiveFrom <= ?2"
                : "kind = ?1 and medium = ?3 and effectiveFrom <= ?2";
        var found = medium == null ? find(query, Sort.descending("effectiveFrom"), kind, day)
                : find(query, Sort.descending("effectiveFrom"), kind, day, medium);
        return found.firstResultOptional();
    }

    public boolean exists(DeadlineKind kind, Medium medium, LocalDate effectiveFrom) {
        return medium == null ? count("kind = ?1 and medium is null and effectiveFrom = ?2", kind, effectiveFrom) > 0
                : count("kind = ?1 and medium = ?2 and effectiveFrom = ?3", kind, medium, effectiveFrom) > 0;
    }

    public List<DeadlineRule> all() {
        return listAll(Sort.ascending("kind").and("medium").and("effectiveFrom"));
    }
}
