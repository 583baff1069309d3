package vn.gov.pressinfo.events.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import vn.gov.pressinfo.events.EventPayload;

/**
 * One reorganisation of agencies (sắp xếp, tổ chức lại cơ quan): a merge, split, rename or dissolution,
 * published on {@code registry.reorganisations.v1}. Consumers that hold work for an agency (open report
 * assignments, press cases, inquiries, incidents) move it from each predecessor to the successor that takes its
 * work ({@link Link#heir()}), or hand it back to the press management department when no successor does. The
 * agencies' new states travel separately as {@link AgencySnapshot}s on the compacted agency topic.
 *
 * <p>Keyed by the reorganisation id on a single-partition topic, so every consumer sees reorganisations
 * in the order they were recorded (two reorganisations of one agency are serialised by that agency's
 * row lock): "A merged into B" always arrives before "B split into C and D".
 *
 * @param reorganisationId stable id of the reorganisation
 * @param kind             {@code MERGE}, {@code SPLIT}, {@code RENAME} or {@code DISSOLVE}
 * @param effectiveDate    date (Asia/Ho_Chi_Minh) from which the reorganisation applies
 * @param legalBasis       the decision that ordered it
 * @param note             free text, may be null
 * @param mapping          for each predecessor, the agencies that take over from it and the one that takes its open
 *                         work (none for a dissolution without successor); for a rename, the renamed agency with no
 *                         successors
 * @param movedChildren    active children of the predecessors that the reorganisation moved under a successor in
 *                         the same request (a province merge); empty otherwise, and in events recorded before
 *                         2026-12
 * @param recordedAt       when it was recorded (UTC)
 */
public record AgencyReorganized(
        UUID reorganisationId,
        String kind,
        LocalDate effectiveDate,
        LegalBasis legalBasis,
        String note,
        List<Link> mapping,
        List<ChildMove> movedChildren,
        Instant recordedAt) implements EventPayload {

    public AgencyReorganized {
        mapping = List.copyOf(mapping);
        movedChildren = movedChildren == null ? List.of() : List.copyOf(movedChildren);
    }

    @Override
    public String aggregateId() {
        return reorganisationId.toString();
    }

    /** False for a rename: the agency stays the same and keeps its work; every other kind moves work along the mapping. */
    public boolean movesWork() {
        return !"RENAME".equals(kind);
    }

    /** The reference consumers quote in the history of moved work: the legal basis number, or the id. */
    public String reference() {
        return legalBasis == null ? reorganisationId.toString() : legalBasis.number();
    }

    /**
     * The legal-basis document (văn bản).
     *
     * @param number document number, e.g. {@code 1234/QĐ-UBND}
     * @param date   date of the document
     * @param signer who signed or issued it
     */
    public record LegalBasis(String number, LocalDate date, String signer) {
    }

    /**
     * Where the work of one predecessor goes.
     *
     * @param predecessorId   the agency that ends (or, for a rename, that is renamed)
     * @param predecessorName its name as the reorganisation left it (null in events recorded before 2026-12)
     * @param successorIds    the agencies that take over from it, possibly none
     * @param workTo          the successor that takes its open work (cases, inquiries, incidents, assignments);
     *                        null when no successor does (a dissolution without successor: the work returns to the
     *                        press management department), and in events recorded before 2026-12
     * @param workToName      that successor's name, null with {@code workTo}
     */
    public record Link(UUID predecessorId, String predecessorName, List<UUID> successorIds, UUID workTo, String workToName) {

        public Link {
            successorIds = List.copyOf(successorIds);
        }

        /**
         * The agency that takes the predecessor's open work: {@code workTo} when named, else (events recorded before
         * 2026-12) the first successor; empty when the work returns to the department. A rename has no heir: the
         * agency keeps its work.
         */
        public Optional<UUID> heir() {
            if (workTo != null) {
                return Optional.of(workTo);
            }
            if (successorIds.isEmpty() || successorIds.get(0).equals(predecessorId)) {
                return Optional.empty();
            }
            return Optional.of(successorIds.get(0));
        }
    }

    /**
     * A child agency moved under a successor by the reorganisation (its own snapshot follows on the agency topic).
     *
     * @param agencyId     the child
     * @param agencyName   its name
     * @param fromParentId its parent before (a predecessor)
     * @param toParentId   its parent from the effective date (a successor)
     */
    public record ChildMove(UUID agencyId, String agencyName, UUID fromParentId, UUID toParentId) {
    }
}
