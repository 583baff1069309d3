package vn.gov.pressinfo.registry.regulation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.gov.pressinfo.web.persistence.AuditStamp;

/**
 * An agency's spokesperson regulation (quy chế phát ngôn): the decision by which the agency adopted
 * its rules on speaking to and providing information to the press. An agency may have several over
 * the years; the current one is the latest already in effect. Corrections are recorded as
 * {@link RegulationRevision}s.
 */
@Entity
@Table(name = "spokesperson_regulation")
public class SpokespersonRegulation {

    @Id
    public UUID id;
    @Column(name = "agency_id")
    public UUID agencyId;
    @Column(name = "decision_number")
    public String decisionNumber;
    @Column(name = "decision_date")
    public LocalDate decisionDate;
    public String issuer;
    @Column(name = "document_url")
    public String documentUrl;
    @Column(name = "effective_from")
    public LocalDate effectiveFrom;
    public String note;
    /** Optimistic-locking version; also the ETag. */
    @Version
    public long version;
    /** Who created the row and who changed it last, and when. */
    @Embedded
    public AuditStamp stamp;

    void apply(RegulationDetails details) {
        decisionNumber = details.decisionNumber();
        decisionDate = details.decisionDate();
        issuer = details.issuer();
        documentUrl = details.documentUrl();
        effectiveFrom = details.effectiveFrom();
        note = details.note();
    }

    /** Whether applying {@code details} would change anything. */
    boolean differsFrom(RegulationDetails details) {
        return !(decisionNumber.equals(details.decisionNumber()) && decisionDate.equals(details.decisionDate())
                && issuer.equals(details.issuer()) && documentUrl.equals(details.documentUrl())
                && effectiveFrom.equals(details.effectiveFrom()) && Objects.equals(note, details.note()));
    }

    /** Whether it has taken effect on {@code day}. */
    boolean inEffectOn(LocalDate day) {
        return !effectiveFrom.isAfter(day);
    }

    /** The regulation of {@code agencyId} recorded by {@code actor} at {@code now}, from cleaned details. */
    static SpokespersonRegulation record(UUID agencyId, RegulationDetails details, String actor, Instant now) {
        SpokespersonRegulation regulation = new SpokespersonRegulation();
        regulation.id = UUID.randomUUID();
        regulation.agencyId = agencyId;
        regulation.apply(details);
        regulation.stamp = AuditStamp.created(actor, now);
        return regulation;
    }
}
