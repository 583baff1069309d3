package vn.gov.pressinfo.registry.training;

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

@ApplicationScoped
public class TrainingRepository implements PanacheRepositoryBase<TrainingSession, UUID> {

    static final Sort NEWEST_FIRST = Sort.descending("heldOn", "createdAt").and("id");

    /** Sessions held between {@code from} and {@code to} (inclusive; null means open), newest first. */
    public Page<TrainingSession> search(LocalDate from, LocalDate to, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (from != null) {
            where.append(" and heldOn >= :from");
            params.put("from", from);
        }
        if (to != null) {
            where.append(" and heldOn <= :to");
            params.put("to", to);
        }
        var query = find(where.toString(), NEWEST_FIRST, params);
        List<TrainingSession> items = query.page(page.page(), page.size()).list();
        return Page.of(items, page, query.count());
    }

    public List<TrainingSession> byIds(List<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", NEWEST_FIRST, ids);
    }
}
