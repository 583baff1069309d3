package vn.gov.pressinfo.registry.agency;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class AgencyVersionRepository implements PanacheRepositoryBase<AgencyVersion, Long> {

    public List<AgencyVersion> history(UUID agencyId) {
        return list("agencyId", Sort.by("agencyVersion"), agencyId);
    }

    /** Ends the current version of an agency on {@code validTo}. */
    public void closeCurrent(UUID agencyId, LocalDate validTo) {
        update("validTo = ?1 where agencyId = ?2 and validTo is null", validTo, agencyId);
    }
}
