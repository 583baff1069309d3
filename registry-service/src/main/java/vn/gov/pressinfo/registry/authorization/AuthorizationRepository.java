package vn.gov.pressinfo.registry.authorization;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import vn.gov.pressinfo.web.Page;
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.list.ListQuery;
import vn.gov.pressinfo.web.list.SortKey;

@ApplicationScoped
public class AuthorizationRepository implements PanacheRepositoryBase<Authorization, UUID> {

    private final AgroalDataSource dataSource;

    public AuthorizationRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * An agency's authorizations, newest first, optionally of one status (ListQuery: projection, total in the same
     * statement, keyset cursor).
     */
    public Page<AuthorizationResponse> ofAgency(UUID agencyId, AuthorizationStatus status, PageRequest page) {
        return ListQuery.select(AuthorizationResponse.COLUMNS, "spokesperson_authorization z", AuthorizationResponse::of)
                .equal("z.agency_id", agencyId)
                .equal("z.status", status)
                .orderByDescending(SortKey.date("z.valid_from"), SortKey.instant("z.created_at"), SortKey.uuid("z.id"))
                .page(dataSource, page);
    }

    /**
     * Locks up to {@code limit} active authorizations whose last day is before {@code today}, skipping
     * rows another replica's job has locked: each due authorization is expired by exactly one job. A
     * row committed as EXPIRED meanwhile no longer matches (PostgreSQL re-checks the condition on the
     * locked row), so it is not expired twice either.
     */
    @SuppressWarnings("unchecked")
    public List<Authorization> lockDue(LocalDate today, int limit) {
        return getEntityManager().createNativeQuery(
                        "SELECT * FROM spokesperson_authorization WHERE status = 'ACTIVE' AND valid_to < :today "
                                + "ORDER BY valid_to, id LIMIT :limit FOR UPDATE SKIP LOCKED", Authorization.class)
                .setParameter("today", today)
                .setParameter("limit", limit)
                .getResultList();
    }
}
