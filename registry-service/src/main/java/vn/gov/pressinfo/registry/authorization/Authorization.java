package vn.gov.pressinfo.registry.authorization;

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
 * An authorized spokesperson (người được ủy quyền phát ngôn): someone, usually a deputy, whom an
 * agency authorized in writing to speak to the press on one matter ({@link #scope}), from
 * {@link #validFrom} through {@link #validTo} inclusive; the end date is mandatory.
 */
@Entity
@Table(name = "spokesperson_authorization")
public class Authorization {

    @Id
    public UUID id;
    @Column(name = "agency_id")
    public UUID agencyId;
    @Column(name = "full_name")
    public String fullName;
    @Column(name = "name_search", insertable = false, updatable = false)
    public String nameSearch;
    public String title;
    public String phone;
    public String email;
    /** The one matter the person may speak on. */
    public String scope;
    @Column(name = "document_number")
    public String documentNumber;
    @Column(name = "document_date")
    public LocalDate documentDate;
    @Column(name = "document_signer")
    public String documentSigner;
    @Column(name = "valid_from")
    public LocalDate validFrom;
    /** Last day of the authorization (inclusive). */
    @Column(name = "valid_to")
    public LocalDate validTo;
    @Enumerated(EnumType.STRING)
    public AuthorizationStatus status;
    /** First day on which a revoked authorization no longer applied. */
    @Column(name = "revoked_from")
    public LocalDate revokedFrom;
    @Column(name = "revocation_reason")
    public String revocationReason;
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

    /** Whether the end date has passed on {@code today}: valid through validTo, expired from the day after. */
    boolean endedBy(LocalDate today) {
        return today.isAfter(validTo);
    }
}
