package vn.gov.pressinfo.reporting.facts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
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

    private final AgencyLineageQueries queries;

    public AgencyLineage(AgencyLineageQueries queries) {
        this.queries = queries;
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
        queries.lockExclusive(link.predecessorId());
        queries.insertLink(link, at);
        UUID heir = resolve(link.predecessorId(), false);
        return queries.moveFacts(link.predecessorId(), heir);
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
                queries.lockShared(current);
            }
            Optional<UUID> heir = queries.heirOf(current);
            if (heir.isEmpty()) {
                return current;
            }
            current = heir.get();
        }
        return current;
    }
}
