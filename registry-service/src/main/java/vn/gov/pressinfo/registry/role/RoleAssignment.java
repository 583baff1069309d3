package vn.gov.pressinfo.registry.role;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.gov.pressinfo.registry.LegalDocument;

/**
 * One agency holding a role from {@link #validFrom} until {@link #validTo} (exclusive; null while it holds
 * it). An exclusion constraint keeps one holder per role on any date; a new holder ends the current one.
 */
@Entity
@Table(name = "agency_role")
public class RoleAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Enumerated(EnumType.STRING)
    public AgencyRole role;
    @Column(name = "agency_id")
    public UUID agencyId;
    @Column(name = "valid_from")
    public LocalDate validFrom;
    @Column(name = "valid_to")
    public LocalDate validTo;
    /** The decision that gave the role. */
    @Embedded
    public LegalDocument document;
    @Column(name = "recorded_at")
    public Instant recordedAt;
    @Column(name = "recorded_by")
    public String recordedBy;

    /** {@code agencyId} holding {@code role} from {@code validFrom} on {@code document}, recorded by {@code actor} at {@code now}. */
    static RoleAssignment assign(AgencyRole role, UUID agencyId, LocalDate validFrom, LegalDocument document, String actor, Instant now) {
        RoleAssignment next = new RoleAssignment();
        next.role = role;
        next.agencyId = agencyId;
        next.validFrom = validFrom;
        next.document = document;
        next.recordedAt = now;
        next.recordedBy = actor;
        return next;
    }
}
