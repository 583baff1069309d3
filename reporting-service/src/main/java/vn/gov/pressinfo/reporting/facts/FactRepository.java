package vn.gov.pressinfo.reporting.facts;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** Stores and counts the facts other services' events bring. */
@ApplicationScoped
public class FactRepository {

    private final EntityManager em;

    public FactRepository(EntityManager em) {
        this.em = em;
    }

    public void add(PressFact fact) {
        if (em.find(PressFact.class, fact.eventId) == null) {
            em.persist(fact);
        }
    }

    public void add(ComplianceFact fact) {
        if (em.find(ComplianceFact.class, fact.eventId) == null) {
            em.persist(fact);
        }
    }

    /** Rebuttals the agency sent with {@code from <= day <= to}. */
    public long rebuttalsSent(UUID agencyId, LocalDate from, LocalDate to) {
        return em.createQuery("select count(f) from PressFact f where f.agencyId = :a and f.kind = :k "
                + "and f.occurredOn >= :from and f.occurredOn <= :to", Long.class)
                .setParameter("a", agencyId).setParameter("k", PressFact.Kind.REBUTTAL_SENT)
                .setParameter("from", from).setParameter("to", to).getSingleResult();
    }

    /**
     * Press inquiries the agency answered (wholly or partly) or refused with {@code from <= day <= to}, by whether
     * on time.
     */
    public InquiryCounts inquiries(UUID agencyId, LocalDate from, LocalDate to) {
        Object[] row = em.createQuery("select "
                + "coalesce(sum(case when f.kind = :answered and f.onTime = true then 1 else 0 end), 0), "
                + "coalesce(sum(case when f.kind = :answered and f.onTime = false then 1 else 0 end), 0), "
                + "coalesce(sum(case when f.kind = :refused then 1 else 0 end), 0) "
                + "from PressFact f where f.agencyId = :a and f.kind in (:answered, :refused) "
                + "and f.occurredOn >= :from and f.occurredOn <= :to", Object[].class)
                .setParameter("a", agencyId).setParameter("answered", PressFact.Kind.INQUIRY_ANSWERED)
                .setParameter("refused", PressFact.Kind.INQUIRY_REFUSED)
                .setParameter("from", from).setParameter("to", to).getSingleResult();
        return new InquiryCounts(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), ((Number) row[2]).longValue());
    }

    /** Inquiries answered on time, answered late (partial answers count as answered) and refused. */
    public record InquiryCounts(long answeredOnTime, long answeredLate, long refused) {

        public long answered() {
            return answeredOnTime + answeredLate;
        }
    }
}
