package vn.gov.pressinfo.registry.press;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ResidentReporterRepository implements PanacheRepositoryBase<ResidentReporter, UUID> {

    public List<ResidentReporter> ofPressAgency(UUID pressAgencyId) {
        return list("pressAgencyId", Sort.descending("validFrom").and("fullName").and("id"), pressAgencyId);
    }
}
