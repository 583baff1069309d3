package vn.gov.pressinfo.registry.agency;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import vn.gov.pressinfo.web.Page;
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.QueryFilter;

@ApplicationScoped
public class AgencyRepository implements PanacheRepositoryBase<Agency, UUID> {

    /** Filters of the agency list; null means "any". */
    public record Filter(String type, UUID parentId, AgencyStatus status, String query) {
    }

    public Page<Agency> search(Filter filter, PageRequest page) {
        QueryFilter where = new QueryFilter()
                .equal("type", filter.type())
                .equal("parentId", filter.parentId())
                .equal("status", filter.status())
                .contains("nameSearch", filter.query());
        var query = find(where.where(), Sort.by("code").and("id"), where.params());
        List<Agency> items = query.page(page.page(), page.size()).list();
        return Page.of(items, page, query.count());
    }

    public boolean codeTaken(String code, UUID except) {
        return count("code = ?1 and id <> ?2", code, except == null ? new UUID(0, 0) : except) > 0;
    }

    /** Ids of the active agencies whose parent is one of {@code parents}. */
    public List<UUID> activeChildIds(java.util.Collection<UUID> parents) {
        return getEntityManager().createQuery("select a.id from Agency a where a.parentId in :parents and a.status = :status", UUID.class)
                .setParameter("parents", parents).setParameter("status", AgencyStatus.ACTIVE).getResultList();
    }
}
