package vn.gov.pressinfo.registry.directory;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import vn.gov.pressinfo.web.Page;
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.QueryFilter;

@ApplicationScoped
public class DirectoryRepository implements PanacheRepositoryBase<DirectoryEntry, UUID> {

    /** Filters of the public directory; null means "any". */
    public record Filter(UUID agencyId, String agencyType, String query) {
    }

    /** Entries in force on {@code today}, by agency name, the spokesperson before authorized persons, then name. */
    public Page<DirectoryEntry> inForce(Filter filter, LocalDate today, PageRequest page) {
        QueryFilter where = new QueryFilter()
                .equal("agencyId", filter.agencyId())
                .equal("agencyType", filter.agencyType())
                .contains("nameSearch", filter.query());
        Map<String, Object> params = new HashMap<>(where.params());
        params.put("today", today);
        var found = find(where.where() + " and validFrom <= :today and (endsOn is null or endsOn > :today)",
                Sort.by("agencyName").and("agencyId").and("sortRank").and("fullName").and("id"), params);
        List<DirectoryEntry> items = found.page(page.page(), page.size()).list();
        return Page.of(items, page, found.count());
    }
}
