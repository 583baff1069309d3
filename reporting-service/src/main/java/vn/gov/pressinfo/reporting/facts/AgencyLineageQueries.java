package vn.gov.pressinfo.reporting.facts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * The SQL behind {@link AgencyLineage}: the agency's advisory lock, the lineage table and the move of facts to an heir.
 * Every method runs in the caller's transaction (the advisory locks are transaction-level).
 */
@ApplicationScoped
public class AgencyLineageQueries {

    private static final String LOCK_KEY = "hashtextextended('pressinfo.reporting.agency-facts:' || CAST(?1 AS text), 0)";

    private final EntityManager em;

    public AgencyLineageQueries(EntityManager em) {
        this.em = em;
    }

    /** Takes the exclusive side of the agency's lock, held until the transaction ends. */
    public void lockExclusive(UUID agencyId) {
        em.createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(" + LOCK_KEY + ")) AS l").setParameter(1, agencyId).getSingleResult();
    }

    /** Takes the shared side of the agency's lock, held until the transaction ends. */
    public void lockShared(UUID agencyId) {
        em.createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock_shared(" + LOCK_KEY + ")) AS l").setParameter(1, agencyId).getSingleResult();
    }

    /** Inserts the link unless one is already recorded for its predecessor. */
    public void insertLink(AgencyLineage.Link link, Instant at) {
        em.createNativeQuery("""
                INSERT INTO agency_lineage (predecessor_id, heir_id, reorganisation_id, reference, effective_date, recorded_at)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (predecessor_id) DO NOTHING""")
                .setParameter(1, link.predecessorId()).setParameter(2, link.heirId()).setParameter(3, link.reorganisationId())
                .setParameter(4, link.reference()).setParameter(5, link.effectiveDate()).setParameter(6, at).executeUpdate();
    }

    /** The agency's direct heir, if a lineage is recorded for it. */
    public Optional<UUID> heirOf(UUID agencyId) {
        List<?> heir = em.createNativeQuery("SELECT heir_id FROM agency_lineage WHERE predecessor_id = ?1").setParameter(1, agencyId)
                .getResultList();
        if (heir.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(heir.get(0) instanceof UUID u ? u : UUID.fromString(heir.get(0).toString()));
    }

    /**
     * Moves the press and compliance facts recorded for {@code predecessorId} to {@code heirId}, keeping the agency the
     * event named in {@code original_agency_id}. Returns how many facts moved.
     */
    public int moveFacts(UUID predecessorId, UUID heirId) {
        int moved = 0;
        for (String table : new String[] {"press_fact", "compliance_fact"}) {
            moved += em.createNativeQuery("UPDATE " + table + " SET original_agency_id = COALESCE(original_agency_id, agency_id), "
                    + "agency_id = ?1 WHERE agency_id = ?2").setParameter(1, heirId).setParameter(2, predecessorId).executeUpdate();
        }
        return moved;
    }
}
