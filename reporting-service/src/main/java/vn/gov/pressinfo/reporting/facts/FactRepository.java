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
}
