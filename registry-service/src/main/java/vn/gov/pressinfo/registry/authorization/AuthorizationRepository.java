package vn.gov.pressinfo.registry.authorization;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import vn.gov.pressinfo.web.Page;
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.QueryFilter;

@ApplicationScoped
public class AuthorizationRepository implements PanacheRepositoryBase<Authorization, UUID> {

    /** An agency's authorizations, newest first, optionally of one status. */
    public Page<Authorization> ofAgency(UUID agencyId, AuthorizationStatus status, PageRequest page) {
        QueryFilter where = new QueryFilter().equal("agencyId", agencyId).equal("status", status);
        var found = find(where.where(), Sort.descending("validFrom").and("createdAt", Sort.Direction.Descending).and("id"), where.params());
        return Page.of(found.page(page.page(), page.size()).list(), page, found.count());
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
