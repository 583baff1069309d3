package vn.gov.pressinfo.registry.press;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class RepresentativeOfficeRepository implements PanacheRepositoryBase<RepresentativeOffice, UUID> {

    public List<RepresentativeOffice> ofPressAgency(UUID pressAgencyId) {
        return list("pressAgencyId", Sort.by("province").and("stamp.createdAt").and("id"), pressAgencyId);
    }
}
