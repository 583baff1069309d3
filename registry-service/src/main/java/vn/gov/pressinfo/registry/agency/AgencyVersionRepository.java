package vn.gov.pressinfo.registry.agency;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import vn.gov.pressinfo.web.Page;
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.QueryFilter;

@ApplicationScoped
public class AgencyVersionRepository implements PanacheRepositoryBase<AgencyVersion, Long> {

    public List<AgencyVersion> history(UUID agencyId) {
        return list("agencyId", Sort.by("agencyVersion"), agencyId);
    }

    /** Ends the current version of an agency on {@code validTo}. */
    public void closeCurrent(UUID agencyId, LocalDate validTo) {
        update("validTo = ?1 where agencyId = ?2 and validTo is null", validTo, agencyId);
    }

    /** Ends the current versions of several agencies on {@code validTo}, in one statement. */
    public void closeCurrent(Collection<UUID> agencyIds, LocalDate validTo) {
        if (!agencyIds.isEmpty()) {
            update("validTo = ?1 where agencyId in ?2 and validTo is null", validTo, agencyIds);
        }
    }

    /**
     * The versions valid on {@code date} (from validFrom inclusive to validTo exclusive), one per agency that existed
     * then, filtered like the current list but on the version's own type, parent, status and name.
     */
    public Page<AgencyVersion> searchOn(AgencyRepository.Filter filter, LocalDate date, PageRequest page) {
        QueryFilter where = new QueryFilter()
                .equal("type", filter.type())
                .equal("parentId", filter.parentId())
                .equal("status", filter.status())
                .contains("nameSearch", filter.query());
        var params = new java.util.HashMap<>(where.params());
        params.put("on", date);
        var query = find("validFrom <= :on and (validTo is null or validTo > :on) and " + where.where(),
                Sort.by("code").and("agencyId"), params);
        return Page.of(query.page(page.page(), page.size()).list(), page, query.count());
    }
}
