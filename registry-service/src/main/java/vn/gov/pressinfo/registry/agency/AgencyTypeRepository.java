package vn.gov.pressinfo.registry.agency;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class AgencyTypeRepository implements PanacheRepositoryBase<AgencyType, String> {

    public List<AgencyType> all() {
        return listAll(Sort.by("sortOrder"));
    }
}
