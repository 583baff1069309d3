package vn.gov.pressinfo.registry.spokesperson;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A spokesperson (người phát ngôn) of an agency over [validFrom, validTo): its head or an appointed
 * spokesperson. {@code validTo} is exclusive: the day a successor starts or a revocation takes
 * effect. At most one per agency on any day (an exclusion constraint in the database); history is
 * appended, never rewritten.
 */
@Entity
@Table(name = "spokesperson")
public class Spokesperson {

    @Id
    public UUID id;
    @Column(name = "agency_id")
    public UUID agencyId;
    @Enumerated(EnumType.STRING)
    public SpokespersonKind kind;
    @Column(name = "full_name")
    public String fullName;
    @Column(name = "name_search", insertable = false, updatable = false)
    public String nameSearch;
    public String title;
    public String phone;
    public String email;
    @Column(name = "document_number")
    public String documentNumber;
    @Column(name = "document_date")
    public LocalDate documentDate;
    @Column(name = "document_signer")
    public String documentSigner;
    @Column(name = "valid_from")
    public LocalDate validFrom;
    /** Exclusive end; null while open-ended. */
    @Column(name = "valid_to")
    public LocalDate validTo;
    @Enumerated(EnumType.STRING)
    public SpokespersonStatus status;
    @Column(name = "superseded_by")
    public UUID supersededBy;
    @Column(name = "revocation_reason")
    public String revocationReason;
    @Column(name = "revoked_at")
    public Instant revokedAt;
    @Column(name = "revoked_by")
    public String revokedBy;
    /** When the press management department was notified in writing of this spokesperson. */
    @Column(name = "department_notified_at")
    public Instant departmentNotifiedAt;
    @Column(name = "department_document")
    public String departmentDocument;
    @Version
    public long version;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;

    /** Whether the appointment is in force on {@code day}. */
    public boolean inForceOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || validTo.isAfter(day));
    }
}
