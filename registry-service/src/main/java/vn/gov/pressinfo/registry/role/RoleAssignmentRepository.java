package vn.gov.pressinfo.registry.role;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class RoleAssignmentRepository implements PanacheRepositoryBase<RoleAssignment, Long> {

    /** The holder whose term has no end yet, locked for the rest of the transaction. */
    public Optional<RoleAssignment> lockOpen(AgencyRole role) {
        return find("role = ?1 and validTo is null", role).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public Optional<RoleAssignment> holderOn(AgencyRole role, LocalDate date) {
        return find("role = ?1 and validFrom <= ?2 and (validTo is null or validTo > ?2)", role, date).firstResultOptional();
    }

    public List<RoleAssignment> history(AgencyRole role) {
        return list("role", Sort.by("validFrom"), role);
    }

    /** The terms of {@code agencyId} that are still running on {@code date} or start later. */
    public List<RoleAssignment> heldOnOrAfter(UUID agencyId, LocalDate date) {
        return list("agencyId = ?1 and (validTo is null or validTo > ?2)", Sort.by("validFrom"), agencyId, date);
    }

    /** The roles {@code agencyId} holds or held at any time. */
    public List<AgencyRole> rolesEverHeldBy(UUID agencyId) {
        return getEntityManager().createQuery("select distinct a.role from RoleAssignment a where a.agencyId = :agency order by a.role",
                AgencyRole.class).setParameter("agency", agencyId).getResultList();
    }
}
