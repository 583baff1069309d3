package vn.gov.pressinfo.registry.authorization;

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
    /** The written authorization. */
    @Embedded
    public LegalDocument document;
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
    /** Who created the row and who changed it last, and when. */
    @Embedded
    public AuditStamp stamp;

    /** Whether the end date has passed on {@code today}: valid through validTo, expired from the day after. */
    boolean endedBy(LocalDate today) {
        return today.isAfter(validTo);
    }

    /** An active authorization of {@code agencyId} granted by {@code actor} at {@code now}, from a cleaned request. */
    static Authorization grant(UUID agencyId, GrantAuthorizationRequest request, String actor, Instant now) {
        Authorization a = new Authorization();
        a.id = UUID.randomUUID();
        a.agencyId = agencyId;
        a.fullName = request.fullName();
        a.title = request.title();
        a.phone = request.phone();
        a.email = request.email();
        a.scope = request.scope();
        a.document = request.document();
        a.validFrom = request.validFrom();
        a.validTo = request.validTo();
        a.status = AuthorizationStatus.ACTIVE;
        a.stamp = AuditStamp.created(actor, now);
        return a;
    }
}
