package vn.gov.pressinfo.registry.reorganisation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import vn.gov.pressinfo.registry.Labelled;
import vn.gov.pressinfo.registry.LegalDocument;
import vn.gov.pressinfo.web.TextSearch;

/**
 * A reorganisation of agencies (sắp xếp, tổ chức lại cơ quan): a merge, split, rename or dissolution,
 * effective from a date and ordered by a legal-basis document. Recorded once, never edited; the agencies'
 * own changes are versions in their history.
 */
@Entity
@Table(name = "reorganisation")
public class Reorganisation {

    /** The part an agency plays in a reorganisation. */
    public enum Role implements Labelled {
        PREDECESSOR("Cơ quan trước khi sắp xếp"),
        SUCCESSOR("Cơ quan sau khi sắp xếp"),
        RENAMED("Cơ quan đổi tên");

        private final String label;

        Role(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** An agency a reorganisation touched, with the code and name the reorganisation left it with. */
    @Embeddable
    public static class Participant {
        @Column(name = "agency_id")
        public UUID agencyId;
        @Enumerated(EnumType.STRING)
        public Role role;
        public int position;
        /** Whether the reorganisation created the agency. */
        public boolean created;
        public String code;
        public String name;
        @Column(name = "previous_code")
        public String previousCode;
        @Column(name = "previous_name")
        public String previousName;

        Participant() {
        }

        Participant(UUID agencyId, Role role, int position, boolean created, String code, String name) {
            this.agencyId = agencyId;
            this.role = role;
            this.position = position;
            this.created = created;
            this.code = code;
            this.name = name;
        }

        /** The agency a rename touched: its new code and name, and the ones it had before. */
        static Participant renamed(UUID agencyId, String code, String name, String previousCode, String previousName) {
            Participant p = new Participant(agencyId, Role.RENAMED, 0, false, code, name);
            p.previousCode = previousCode;
            p.previousName = previousName;
            return p;
        }
    }

    /** Predecessor → successor: where the work of an agency that ended went. */
    @Embeddable
    public static class Link {
        @Column(name = "predecessor_id")
        public UUID predecessorId;
        @Column(name = "successor_id")
        public UUID successorId;
        /** Whether this successor takes the predecessor's open work (at most one per predecessor). */
        @Column(name = "takes_work")
        public boolean takesWork;

        Link() {
        }

        Link(UUID predecessorId, UUID successorId, boolean takesWork) {
            this.predecessorId = predecessorId;
            this.successorId = successorId;
            this.takesWork = takesWork;
        }
    }

    /** An active child of a predecessor that the reorganisation moved under the successor (a province merge). */
    @Embeddable
    public static class MovedChild {
        @Column(name = "agency_id")
        public UUID agencyId;
        public int position;
        public String code;
        public String name;
        @Column(name = "from_parent_id")
        public UUID fromParentId;
        @Column(name = "to_parent_id")
        public UUID toParentId;

        MovedChild() {
        }

        MovedChild(int position, UUID agencyId, String code, String name, UUID fromParentId, UUID toParentId) {
            this.position = position;
            this.agencyId = agencyId;
            this.code = code;
            this.name = name;
            this.fromParentId = fromParentId;
            this.toParentId = toParentId;
        }
    }

    @Id
    public UUID id;
    @Enumerated(EnumType.STRING)
    public ReorganisationKind kind;
    @Column(name = "effective_date")
    public LocalDate effectiveDate;
    /** The decision or resolution that ordered the change. */
    @Embedded
    public LegalDocument legalBasis;
    public String note;
    @Column(name = "recorded_at")
    public Instant recordedAt;
    @Column(name = "recorded_by")
    public String recordedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "reorganisation_participant", joinColumns = @JoinColumn(name = "reorganisation_id"))
    @OrderBy("position")
    public List<Participant> participants = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "reorganisation_link", joinColumns = @JoinColumn(name = "reorganisation_id"))
    public List<Link> links = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "reorganisation_moved_child", joinColumns = @JoinColumn(name = "reorganisation_id"))
    @OrderBy("position")
    public List<MovedChild> movedChildren = new ArrayList<>();

    /**
     * A reorganisation recorded by {@code actor} at {@code now}, from a checked request: its legal basis and note
     * normalised for storage. The agencies it touches are added as the service applies it.
     */
    static Reorganisation record(ReorganisationRequest request, String actor, Instant now) {
        Reorganisation r = new Reorganisation();
        r.id = UUID.randomUUID();
        r.kind = request.kind();
        r.effectiveDate = request.effectiveDate();
        r.legalBasis = request.legalBasis().cleaned();
        r.note = TextSearch.clean(request.note());
        r.recordedAt = now;
        r.recordedBy = actor;
        return r;
    }

    public List<Participant> participants(Role role) {
        return participants.stream().filter(p -> p.role == role).toList();
    }

    /**
     * For each predecessor (or the renamed agency), the successors that took over its work, in the order
     * the request named them.
     */
    public Map<UUID, List<UUID>> mapping() {
        Map<UUID, List<UUID>> mapping = new LinkedHashMap<>();
        for (Participant p : participants) {
            if (p.role != Role.SUCCESSOR) {
                mapping.put(p.agencyId, new ArrayList<>());
            }
        }
        List<UUID> successorOrder = participants(Role.SUCCESSOR).stream().map(p -> p.agencyId).toList();
        mapping.forEach((predecessor, successors) -> successorOrder.stream()
                .filter(s -> links.stream().anyMatch(l -> l.predecessorId.equals(predecessor) && l.successorId.equals(s)))
                .forEach(successors::add));
        return mapping;
    }

    /** The successor that takes the open work of {@code predecessorId}; empty when none does (or for a rename). */
    public java.util.Optional<UUID> workTo(UUID predecessorId) {
        return links.stream().filter(l -> l.takesWork && l.predecessorId.equals(predecessorId)).map(l -> l.successorId).findFirst();
    }

    /** The name the reorganisation left {@code agencyId} with, if it took part. */
    public String nameOf(UUID agencyId) {
        return participants.stream().filter(p -> p.agencyId.equals(agencyId)).map(p -> p.name).findFirst().orElse(null);
    }
}
