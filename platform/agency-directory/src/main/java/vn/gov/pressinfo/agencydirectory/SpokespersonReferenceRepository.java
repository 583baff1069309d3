package vn.gov.pressinfo.agencydirectory;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class SpokespersonReferenceRepository implements PanacheRepositoryBase<SpokespersonReference, UUID> {

    /** Every appointment and authorization of an agency, newest first. */
    public List<SpokespersonReference> ofAgency(UUID agencyId) {
        return list("agencyId = ?1 order by validFrom desc, changedAt desc", agencyId);
    }
}
