package vn.gov.pressinfo.pressresponse.presscase;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class PressCaseRepository implements PanacheRepositoryBase<PressCase, UUID> {

    /** How many cases are in {@code state}. */
    public record StateCount(CaseState state, long count) {
    }

    public Optional<PressCase> byNormalizedUrl(String normalizedUrl) {
        return find("normalizedUrl", normalizedUrl).firstResultOptional();
    }

    /** The case, locked for the rest of the transaction so that two transitions of one case happen one after the other. */
    public Optional<PressCase> lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The cases of {@code agencyId} not yet CLOSED, locked for the rest of the transaction (a reorganisation moves them). */
    public List<PressCase> lockOpenOf(UUID agencyId) {
        return find("responsibleAgencyId = ?1 and state <> ?2 order by detectedAt, id", agencyId, CaseState.CLOSED)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /**
     * Locks up to {@code limit} cases awaiting a correction whose deadline has passed and whose overdue notice has
     * not gone out, skipping rows another replica's job holds: each case is marked overdue by exactly one job, and
     * a row committed meanwhile no longer matches (PostgreSQL re-checks the condition on the locked row).
     */
    @SuppressWarnings("unchecked")
    public List<PressCase> lockOverdue(Instant now, int limit) {
        return getEntityManager().createNativeQuery(
                        "SELECT * FROM press_case WHERE state = 'AWAITING_CORRECTION' AND overdue_notified_at IS NULL "
                                + "AND correction_due_at < :now ORDER BY correction_due_at, id LIMIT :limit FOR UPDATE SKIP LOCKED",
                        PressCase.class)
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList();
    }

    /** How many cases are in each state but CLOSED; a state without cases is left out. */
    public List<StateCount> countOpenByState() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager()
                .createNativeQuery("SELECT state, count(*) FROM press_case WHERE state <> 'CLOSED' GROUP BY state").getResultList();
        return rows.stream().map(row -> new StateCount(CaseState.valueOf((String) row[0]), ((Number) row[1]).longValue())).toList();
    }
}
