package vn.gov.pressinfo.pressresponse.duty;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class PressDutyRepository implements PanacheRepositoryBase<PressDuty, UUID> {

    public List<PressDuty> all() {
        return listAll(Sort.ascending("effectiveFrom", "name", "id"));
    }

    /** The duties naming {@code agencyId} that are in force on or after {@code day}, locked for the rest of the transaction. */
    public List<PressDuty> lockActiveOf(UUID agencyId, java.time.LocalDate day) {
        return find("agencyId = ?1 and (effectiveTo is null or effectiveTo >= ?2) order by effectiveFrom, id", agencyId, day)
                .withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** Whether the notice of this duty, agency and period went out. */
    public boolean noticed(UUID dutyId, UUID agencyId, String periodLabel) {
        return ((Number) getEntityManager().createNativeQuery(
                        "SELECT count(*) FROM press_duty_notice WHERE duty_id = :d AND agency_id = :a AND period_label = :p")
                .setParameter("d", dutyId).setParameter("a", agencyId).setParameter("p", periodLabel)
                .getSingleResult()).longValue() > 0;
    }

    /**
     * Records the notice of this duty, agency and period unless it is recorded: true when this call recorded it (and so
     * must publish it). A concurrent check waits for the first one's transaction and then records nothing.
     */
    public boolean recordNotice(UUID dutyId, UUID agencyId, String periodLabel, Instant at) {
        return getEntityManager().createNativeQuery("INSERT INTO press_duty_notice (duty_id, agency_id, period_label, noticed_at) "
                        + "VALUES (:d, :a, :p, :t) ON CONFLICT DO NOTHING")
                .setParameter("d", dutyId).setParameter("a", agencyId).setParameter("p", periodLabel).setParameter("t", at)
                .executeUpdate() == 1;
    }
}
