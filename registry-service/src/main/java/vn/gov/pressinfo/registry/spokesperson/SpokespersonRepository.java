package vn.gov.pressinfo.registry.spokesperson;

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
public class SpokespersonRepository implements PanacheRepositoryBase<Spokesperson, UUID> {

    /**
     * Appointments of an agency whose period overlaps [from, to) (to null = open-ended). Empty periods
     * (revoked before they began) overlap nothing, as in the database's exclusion constraint.
     */
    public List<Spokesperson> overlapping(UUID agencyId, LocalDate from, LocalDate to) {
        String query = "agencyId = :agency and (validTo is null or (validTo > :from and validTo > validFrom))";
        Map<String, Object> params = new HashMap<>(Map.of("agency", agencyId, "from", from));
        if (to != null) {
            query += " and validFrom < :to";
            params.put("to", to);
        }
        return list(query, Sort.by("validFrom"), params);
    }

    /**
     * An agency's appointments, newest first: all of them (current null), only the one in force on
     * {@code today} (true), or all others (false).
     */
    public Page<Spokesperson> ofAgency(UUID agencyId, Boolean current, LocalDate today, PageRequest page) {
        String inForce = "(validFrom <= :today and (validTo is null or validTo > :today))";
        String query = "agencyId = :agency";
        Map<String, Object> params = new HashMap<>(Map.of("agency", agencyId));
        if (current != null) {
            query += current ? " and " + inForce : " and not " + inForce;
            params.put("today", today);
        }
        var found = find(query, Sort.descending("validFrom").and("createdAt", Sort.Direction.Descending).and("id"), params);
        return Page.of(found.page(page.page(), page.size()).list(), page, found.count());
    }
}
