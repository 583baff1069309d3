package vn.gov.pressinfo.reporting.facts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Who took over from whom after reorganisations (kế thừa): predecessor → heir, with the reorganisation, its legal basis
 * number and effective date. Facts recorded for a predecessor are remapped to its heir when the lineage is recorded, and
 * facts that arrive later for a predecessor are recorded on its heir, following chains (at most {@link #MAX_HOPS} links).
 *
 * <p>Recording a lineage and recording a fact for the same agency are serialised by a transaction-level advisory lock on
 * the agency (exclusive for the lineage, shared for facts), so a fact committed concurrently with a reorganisation can
 * never stay behind on the predecessor.
 */
@ApplicationScoped
public class AgencyLineage {

    /** Longest chain followed; a longer (or circular) one stops at the agency reached after this many links. */
    static final int MAX_HOPS = 16;

    private static final String LOCK_KEY = "hashtextextended('pressinfo.reporting.agency-facts:' || CAST(?1 AS text), 0)";

    private final EntityManager em;

    public AgencyLineage(EntityManager em) {
        this.em = em;
    }

    /** Where a predecessor's work and facts went. */
    public record Link(UUID predecessorId, UUID heirId, UUID reorganisationId, String reference, LocalDate effectiveDate) {
    }

    /**
     * Records that {@code heir} takes over from {@code predecessor} (kept as first recorded when the same predecessor is
     * recorded again, e.g. on a replay) and moves the facts still recorded for the predecessor to the heir, keeping the
     * agency the event named. Returns how many facts moved. Naturally idempotent: a replay finds no fact left to move.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int record(Link link, Instant at) {
        em.createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(" + LOCK_KEY + ")) AS l").setParameter(1, link.predecessorId()).getSingleResult();
        em.createNativeQuery("""
                INSERT INTO agency_lineage (predecessor_id, heir_id, reorganisation_id, reference, effective_date, recorded_at)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (predecessor_id) DO NOTHING""")
                .setParameter(1, link.predecessorId()).setParameter(2, link.heirId()).setParameter(3, link.reorganisationId())
                .setParameter(4, link.reference()).setParameter(5, link.effectiveDate()).setParameter(6, at).executeUpdate();
        UUID heir = resolve(link.predecessorId(), false);
        int moved = 0;
        for (String table : new String[] {"press_fact", "compliance_fact"}) {
            moved += em.createNativeQuery("UPDATE " + table + " SET original_agency_id = COALESCE(original_agency_id, agency_id), "
                    + "agency_id = ?1 WHERE agency_id = ?2").setParameter(1, heir).setParameter(2, link.predecessorId()).executeUpdate();
        }
        return moved;
    }

    /**
     * The agency a fact about {@code agencyId} belongs to now: the end of its lineage chain, or the agency itself. Takes
     * the shared side of each agency's lock on the way, so it waits for a reorganisation of one of them being recorded.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID resolveForFact(UUID agencyId) {
        return resolve(agencyId, true);
    }

    private UUID resolve(UUID agencyId, boolean lock) {
        UUID current = agencyId;
        for (int hop = 0; hop < MAX_HOPS; hop++) {
            if (lock) {
                em.createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock_shared(" + LOCK_KEY + ")) AS l").setParameter(1, current).getSingleResult();
            }
            List<?> heir = em.createNativeQuery("SELECT heir_id FROM agency_lineage WHERE predecessor_id = ?1").setParameter(1, current)
                    .getResultList();
            if (heir.isEmpty()) {
                return current;
            }
            current = heir.get(0) instanceof UUID u ? u : UUID.fromString(heir.get(0).toString());
        }
        return current;
    }
}
