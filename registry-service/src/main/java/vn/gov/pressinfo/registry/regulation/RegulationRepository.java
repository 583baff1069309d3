package vn.gov.pressinfo.registry.regulation;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class RegulationRepository implements PanacheRepositoryBase<SpokespersonRegulation, UUID> {

    /** Newest first: by the date it took effect, then the decision date, then when it was recorded. */
    static final Sort NEWEST_FIRST = Sort.descending("effectiveFrom", "decisionDate", "stamp.createdAt").and("id");

    public List<SpokespersonRegulation> ofAgency(UUID agencyId) {
        return list("agencyId", NEWEST_FIRST, agencyId);
    }
}
