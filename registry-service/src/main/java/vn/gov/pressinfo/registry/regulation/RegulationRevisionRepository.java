package vn.gov.pressinfo.registry.regulation;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class RegulationRevisionRepository implements PanacheRepositoryBase<RegulationRevision, Long> {

    public List<RegulationRevision> history(UUID regulationId) {
        return list("regulationId", Sort.by("regulationVersion"), regulationId);
    }
}
