package vn.gov.pressinfo.reporting.facts;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** Stores and counts the facts other services' events bring. */
@ApplicationScoped
public class FactRepository {

    private final EntityManager em;
    private final AgencyLineage lineage;

    public FactRepository(EntityManager em, AgencyLineage lineage) {
        this.em = em;
        this.lineage = lineage;
    }

    /** Records a press fact on the agency it belongs to now: the heir of a reorganised agency (see {@link AgencyLineage}). */
    public void add(PressFact fact) {
        if (em.find(PressFact.class, fact.eventId) == null) {
            UUID owner = lineage.resolveForFact(fact.agencyId);
            if (!owner.equals(fact.agencyId)) {
                fact.originalAgencyId = fact.agencyId;
                fact.agencyId = owner;
            }
            em.persist(fact);
        }
    }

    /** Records a compliance fact on the agency it belongs to now: the heir of a reorganised agency (see {@link AgencyLineage}). */
    public void add(ComplianceFact fact) {
        if (em.find(ComplianceFact.class, fact.eventId) == null) {
            UUID owner = lineage.resolveForFact(fact.agencyId);
            if (!owner.equals(fact.agencyId)) {
                fact.originalAgencyId = fact.agencyId;
                fact.agencyId = owner;
            }
            em.persist(fact);
        }
    }

    /**
     * The {@link RecordedIndicators} of the agencies (summed) for {@code from <= day <= to}: rebuttals sent, press
     * inquiries answered (on time, late) and refused, statements by form (press conferences, press releases and
     * written answers, interviews) and statements answering an inquiry (documents provided on request).
     */
    public Map<String, Long> recordedIndicators(Collection<UUID> agencyIds, LocalDate from, LocalDate to) {
        Map<String, Long> result = new LinkedHashMap<>();
        if (agencyIds.isEmpty()) {
            RecordedIndicators.KEYS.forEach(k -> result.put(k, 0L));
            return result;
        }
        Object[] row = em.createQuery("select "
                + "coalesce(sum(case when f.kind = :rebuttal then 1 else 0 end), 0), "
                + "coalesce(sum(case when f.kind = :answered and f.onTime = true then 1 else 0 end), 0), "
                + "coalesce(sum(case when f.kind = :answered and f.onTime = false then 1 else 0 end), 0), "
                + "coalesce(sum(case when f.kind = :refused then 1 else 0 end), 0), "
                + "coalesce(sum(case when f.kind = :statement and f.form = 'PRESS_CONFERENCE' then 1 else 0 end), 0), "
                + "coalesce(sum(case when f.kind = :statement and f.form = 'WRITTEN_ANSWER' then 1 else 0 end), 0), "
                + "coalesce(sum(case when f.kind = :statement and f.form = 'INTERVIEW' then 1 else 0 end), 0), "
                + "coalesce(sum(case when f.kind = :statement and f.inquiryId is not null then 1 else 0 end), 0) "
                + "from PressFact f where f.agencyId in :a and f.kind in (:rebuttal, :answered, :refused, :statement) "
                + "and f.occurredOn >= :from and f.occurredOn <= :to", Object[].class)
                .setParameter("a", agencyIds).setParameter("rebuttal", PressFact.Kind.REBUTTAL_SENT)
                .setParameter("answered", PressFact.Kind.INQUIRY_ANSWERED).setParameter("refused", PressFact.Kind.INQUIRY_REFUSED)
                .setParameter("statement", PressFact.Kind.STATEMENT_ISSUED)
                .setParameter("from", from).setParameter("to", to).getSingleResult();
        long onTime = ((Number) row[1]).longValue();
        long late = ((Number) row[2]).longValue();
        result.put(RecordedIndicators.FALSE_INFO_RESPONSES, ((Number) row[0]).longValue());
        result.put(RecordedIndicators.INQUIRIES_ANSWERED, onTime + late);
        result.put(RecordedIndicators.INQUIRIES_ANSWERED_ON_TIME, onTime);
        result.put(RecordedIndicators.INQUIRIES_ANSWERED_LATE, late);
        result.put(RecordedIndicators.INQUIRIES_REFUSED, ((Number) row[3]).longValue());
        result.put(RecordedIndicators.PRESS_CONFERENCES, ((Number) row[4]).longValue());
        result.put(RecordedIndicators.PRESS_RELEASES, ((Number) row[5]).longValue());
        result.put(RecordedIndicators.INTERVIEWS, ((Number) row[6]).longValue());
        result.put(RecordedIndicators.DOCUMENTS_PROVIDED, ((Number) row[7]).longValue());
        return result;
    }

    /**
     * Incidents the agencies led that became known with {@code from <= day <= to}: how many, how many had the lead's
     * statement by the initial statement deadline, how many went overdue (InitialStatementOverdue).
     */
    public IncidentCounts incidents(Collection<UUID> agencyIds, LocalDate from, LocalDate to) {
        if (agencyIds.isEmpty()) {
            return new IncidentCounts(0, 0, 0);
        }
        Object[] row = (Object[]) em.createNativeQuery("""
                SELECT count(DISTINCT f.incident_id),
                       count(DISTINCT f.incident_id) FILTER (WHERE EXISTS (SELECT 1 FROM press_fact s WHERE s.kind = 'STATEMENT_ISSUED'
                           AND s.incident_id = f.incident_id AND s.agency_id = f.agency_id AND s.occurred_at <= f.due_at)),
                       count(DISTINCT f.incident_id) FILTER (WHERE EXISTS (SELECT 1 FROM press_fact o
                           WHERE o.kind = 'INITIAL_STATEMENT_OVERDUE' AND o.incident_id = f.incident_id))
                FROM press_fact f WHERE f.kind = 'INCIDENT_REGISTERED' AND f.agency_id IN (:a)
                    AND f.occurred_on >= :from AND f.occurred_on <= :to""")
                .setParameter("a", agencyIds).setParameter("from", from).setParameter("to", to).getSingleResult();
        return new IncidentCounts(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), ((Number) row[2]).longValue());
    }

    /** Periodic duties to inform the press the agencies missed in periods ending with {@code from <= day <= to}. */
    public long dutiesMissed(Collection<UUID> agencyIds, LocalDate from, LocalDate to) {
        if (agencyIds.isEmpty()) {
            return 0;
        }
        return em.createQuery("select count(f) from PressFact f where f.agencyId in :a and f.kind = :k "
                + "and f.occurredOn >= :from and f.occurredOn <= :to", Long.class)
                .setParameter("a", agencyIds).setParameter("k", PressFact.Kind.PRESS_DUTY_MISSED)
                .setParameter("from", from).setParameter("to", to).getSingleResult();
    }

    /** Press inquiries the agencies received with {@code from <= day <= to} (transfers in included). */
    public long inquiriesReceived(Collection<UUID> agencyIds, LocalDate from, LocalDate to) {
        if (agencyIds.isEmpty()) {
            return 0;
        }
        return em.createQuery("select count(f) from PressFact f where f.agencyId in :a and f.kind = :k "
                + "and f.occurredOn >= :from and f.occurredOn <= :to", Long.class)
                .setParameter("a", agencyIds).setParameter("k", PressFact.Kind.INQUIRY_RECEIVED)
                .setParameter("from", from).setParameter("to", to).getSingleResult();
    }

    /**
     * Refusals of press inquiries by the agencies with {@code from <= day <= to}, per legal ground cited (a refusal citing two
     * grounds counts under each), with the ground's wording as last sent, most cited first.
     */
    @SuppressWarnings("unchecked")
    public List<GroundCount> refusalsByGround(Collection<UUID> agencyIds, LocalDate from, LocalDate to) {
        if (agencyIds.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createNativeQuery("""
                SELECT g.code, max(g.label), count(*)
                FROM press_fact f, unnest(f.grounds, coalesce(f.ground_labels, f.grounds)) AS g(code, label)
                WHERE f.kind = 'INQUIRY_REFUSED' AND f.agency_id IN (:a) AND f.occurred_on >= :from AND f.occurred_on <= :to
                GROUP BY g.code ORDER BY count(*) DESC, g.code""")
                .setParameter("a", agencyIds).setParameter("from", from).setParameter("to", to).getResultList();
        return rows.stream().map(r -> new GroundCount((String) r[0], (String) r[1], ((Number) r[2]).longValue())).toList();
    }

    /** How many refusals cited one legal ground. */
    public record GroundCount(String code, String label, long refusals) {
    }

    /** Incidents led, of which with the lead's statement by the initial statement deadline, of which overdue. */
    public record IncidentCounts(long registered, long statementOnTime, long overdue) {
    }
}
