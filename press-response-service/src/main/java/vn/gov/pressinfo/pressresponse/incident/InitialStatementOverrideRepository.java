package vn.gov.pressinfo.pressresponse.incident;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class InitialStatementOverrideRepository implements PanacheRepositoryBase<InitialStatementOverride, UUID> {

    /** The agency's override in force on {@code day}: the latest effective on or before it. */
    public Optional<InitialStatementOverride> inForce(UUID agencyId, LocalDate day) {
        return find("agencyId = ?1 and effectiveFrom <= ?2", Sort.descending("effectiveFrom"), agencyId, day).firstResultOptional();
    }

    public Optional<InitialStatementOverride> at(UUID agencyId, LocalDate effectiveFrom) {
        return find("agencyId = ?1 and effectiveFrom = ?2", agencyId, effectiveFrom).firstResultOptional();
    }
}
