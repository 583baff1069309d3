package vn.gov.pressinfo.registry.spokesperson;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import vn.gov.pressinfo.web.Page;
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.list.ListQuery;
import vn.gov.pressinfo.web.list.SortKey;

@ApplicationScoped
public class SpokespersonRepository implements PanacheRepositoryBase<Spokesperson, UUID> {

    private final AgroalDataSource dataSource;

    public SpokespersonRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

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
     * {@code today} (true), or all others (false). ListQuery: projection, total in the same statement, keyset cursor.
     */
    public Page<SpokespersonResponse> ofAgency(UUID agencyId, Boolean current, LocalDate today, PageRequest page) {
        ListQuery<SpokespersonResponse> query = ListQuery.select(SpokespersonResponse.COLUMNS, "spokesperson s", SpokespersonResponse::of)
                .equal("s.agency_id", agencyId);
        if (current != null) {
            String inForce = "(s.valid_from <= ? AND (s.valid_to IS NULL OR s.valid_to > ?))";
            query.where(current ? inForce : "NOT " + inForce, today, today);
        }
        return query.orderByDescending(SortKey.date("s.valid_from"), SortKey.instant("s.created_at"), SortKey.uuid("s.id"))
                .page(dataSource, page);
    }
}
