package vn.gov.pressinfo.registry.spokesperson;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.gov.pressinfo.registry.LegalDocument;
import vn.gov.pressinfo.web.persistence.AuditStamp;

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
    /** The decision that appointed the spokesperson. */
    @Embedded
    public LegalDocument document;
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
    /** Who created the row and who changed it last, and when. */
    @Embedded
    public AuditStamp stamp;

    /** Whether the appointment is in force on {@code day}. */
    public boolean inForceOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || validTo.isAfter(day));
    }

    /** An active appointment in {@code agencyId} recorded by {@code actor} at {@code now}, from a cleaned request. */
    static Spokesperson appoint(UUID agencyId, AppointSpokespersonRequest request, String actor, Instant now) {
        Spokesperson s = new Spokesperson();
        s.id = UUID.randomUUID();
        s.agencyId = agencyId;
        s.kind = request.kind();
        s.fullName = request.fullName();
        s.title = request.title();
        s.phone = request.phone();
        s.email = request.email();
        s.document = request.document();
        s.validFrom = request.validFrom();
        s.validTo = request.validTo();
        s.status = SpokespersonStatus.ACTIVE;
        s.stamp = AuditStamp.created(actor, now);
        return s;
    }
}
