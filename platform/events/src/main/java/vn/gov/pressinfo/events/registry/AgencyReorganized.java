package vn.gov.pressinfo.events.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import vn.gov.pressinfo.events.EventPayload;

/**
 * One reorganisation of agencies (sắp xếp, tổ chức lại cơ quan): a merge, split, rename or dissolution,
 * published on {@code registry.reorganisations.v1}. Consumers that hold work for an agency (open report
 * assignments, press cases) move it from each predecessor to its successors. The agencies' new states
 * travel separately as {@link AgencySnapshot}s on the compacted agency topic.
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
 * @param mapping          for each predecessor, the agencies that take over its work (empty for a
 *                         dissolution without successor); for a rename, the renamed agency with no successors
 * @param recordedAt       when it was recorded (UTC)
 */
public record AgencyReorganized(
        UUID reorganisationId,
        String kind,
        LocalDate effectiveDate,
        LegalBasis legalBasis,
        String note,
        List<Link> mapping,
        Instant recordedAt) implements EventPayload {

    public AgencyReorganized {
        mapping = List.copyOf(mapping);
    }

    @Override
    public String aggregateId() {
        return reorganisationId.toString();
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
     * @param predecessorId the agency that ends (or, for a rename, that is renamed)
     * @param successorIds  the agencies that take over its work, possibly none
     */
    public record Link(UUID predecessorId, List<UUID> successorIds) {

        public Link {
            successorIds = List.copyOf(successorIds);
        }
    }
}
