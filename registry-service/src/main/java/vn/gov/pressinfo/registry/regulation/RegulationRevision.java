package vn.gov.pressinfo.registry.regulation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One version of a spokesperson regulation (quy chế phát ngôn) as recorded: a full snapshot with who
 * recorded it, when and why. Appended on creation and on every correction, never edited, so the
 * history shows what each correction changed.
 */
@Entity
@Table(name = "regulation_revision")
public class RegulationRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "regulation_id")
    public UUID regulationId;
    @Column(name = "regulation_version")
    public long regulationVersion;
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
    @Column(name = "recorded_at")
    public Instant recordedAt;
    @Column(name = "recorded_by")
    public String recordedBy;
    public String reason;

    static RegulationRevision of(SpokespersonRegulation r, String reason) {
        RegulationRevision v = new RegulationRevision();
        v.regulationId = r.id;
        v.regulationVersion = r.version;
        v.decisionNumber = r.decisionNumber;
        v.decisionDate = r.decisionDate;
        v.issuer = r.issuer;
        v.documentUrl = r.documentUrl;
        v.effectiveFrom = r.effectiveFrom;
        v.note = r.note;
        v.recordedAt = r.stamp.updatedAt();
        v.recordedBy = r.stamp.updatedBy();
        v.reason = reason;
        return v;
    }

    /** The recorded attributes by their API names, to tell what a revision changed. */
    Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("decisionNumber", decisionNumber);
        fields.put("decisionDate", decisionDate.toString());
        fields.put("issuer", issuer);
        fields.put("documentUrl", documentUrl);
        fields.put("effectiveFrom", effectiveFrom.toString());
        fields.put("note", note);
        return fields;
    }
}
