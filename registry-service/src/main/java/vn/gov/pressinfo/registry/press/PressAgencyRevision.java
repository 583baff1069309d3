package vn.gov.pressinfo.registry.press;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One version of a press agency (cơ quan báo chí) as recorded: a full snapshot with who recorded it,
 * when and why. Appended on creation and every change, never edited.
 */
@Entity
@Table(name = "press_agency_revision")
public class PressAgencyRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "press_agency_id")
    public UUID pressAgencyId;
    @Column(name = "press_agency_version")
    public long pressAgencyVersion;
    public String name;
    @Enumerated(EnumType.STRING)
    public PressMedium medium;
    @Column(name = "governing_body")
    public String governingBody;
    @Column(name = "licence_number")
    public String licenceNumber;
    @Column(name = "licence_date")
    public LocalDate licenceDate;
    @Column(name = "licence_issuer")
    public String licenceIssuer;
    public String website;
    @Enumerated(EnumType.STRING)
    public PressAgencyStatus status;
    @Column(name = "recorded_at")
    public Instant recordedAt;
    @Column(name = "recorded_by")
    public String recordedBy;
    public String reason;

    static PressAgencyRevision of(PressAgency p, String reason) {
        PressAgencyRevision r = new PressAgencyRevision();
        r.pressAgencyId = p.id;
        r.pressAgencyVersion = p.version;
        r.name = p.name;
        r.medium = p.medium;
        r.governingBody = p.governingBody;
        r.licenceNumber = p.licenceNumber;
        r.licenceDate = p.licenceDate;
        r.licenceIssuer = p.licenceIssuer;
        r.website = p.website;
        r.status = p.status;
        r.recordedAt = p.stamp.updatedAt();
        r.recordedBy = p.stamp.updatedBy();
        r.reason = reason;
        return r;
    }

    /** The recorded attributes by their API names, to tell what a revision changed. */
    Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("medium", medium.name());
        fields.put("governingBody", governingBody);
        fields.put("licence.number", licenceNumber);
        fields.put("licence.date", licenceDate.toString());
        fields.put("licence.issuer", licenceIssuer);
        fields.put("website", website);
        fields.put("status", status.name());
        return fields;
    }
}
