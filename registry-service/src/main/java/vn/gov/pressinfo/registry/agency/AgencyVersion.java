package vn.gov.pressinfo.registry.agency;

import java.time.Instant;
import java.time.LocalDate;
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
 * One version of an agency's name, code, type and parent, valid from {@link #validFrom} until
 * {@link #validTo} (exclusive; null while current). Appended, never edited, except that the current
 * version is closed when the next one starts.
 */
@Entity
@Table(name = "agency_version")
public class AgencyVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "agency_id")
    public UUID agencyId;
    @Column(name = "agency_version")
    public long agencyVersion;
    public String code;
    public String name;
    /** lower(unaccent(name)), maintained by PostgreSQL for accent-insensitive search. */
    @Column(name = "name_search", insertable = false, updatable = false)
    public String nameSearch;
    @Column(name = "type_code")
    public String type;
    @Column(name = "parent_id")
    public UUID parentId;
    @Enumerated(EnumType.STRING)
    public AgencyStatus status;
    @Column(name = "valid_from")
    public LocalDate validFrom;
    @Column(name = "valid_to")
    public LocalDate validTo;
    @Column(name = "recorded_at")
    public Instant recordedAt;
    @Column(name = "recorded_by")
    public String recordedBy;
    @Column(name = "change_note")
    public String note;

    static AgencyVersion of(Agency agency, String note) {
        AgencyVersion v = new AgencyVersion();
        v.agencyId = agency.id;
        v.agencyVersion = agency.version;
        v.code = agency.code;
        v.name = agency.name;
        v.type = agency.type;
        v.parentId = agency.parentId;
        v.status = agency.status;
        v.validFrom = agency.validFrom;
        v.recordedAt = agency.stamp.updatedAt();
        v.recordedBy = agency.stamp.updatedBy();
        v.note = note;
        return v;
    }
}
