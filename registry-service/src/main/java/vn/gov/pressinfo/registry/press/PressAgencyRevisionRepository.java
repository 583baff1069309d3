package vn.gov.pressinfo.registry.press;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class PressAgencyRevisionRepository implements PanacheRepositoryBase<PressAgencyRevision, Long> {

    public List<PressAgencyRevision> history(UUID pressAgencyId) {
        return list("pressAgencyId", Sort.by("pressAgencyVersion"), pressAgencyId);
    }
}
