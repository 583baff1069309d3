package vn.gov.pressinfo.agencydirectory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * This service's copy of one spokesperson appointment (người phát ngôn) or authorization (người được ủy
 * quyền phát ngôn), as published by registry-service. Only {@link SpokespersonDirectory} writes it.
 */
@Entity
@Table(name = "spokesperson_reference")
public class SpokespersonReference {

    /** HEAD and APPOINTED speak for the agency in general; AUTHORIZED for one matter until an end date. */
    public enum Kind {
        HEAD, APPOINTED, AUTHORIZED
    }

    public enum Status {
        ACTIVE, SUPERSEDED, REVOKED, EXPIRED
    }

    @Id
    public UUID id;
    @Column(name = "agency_id")
    public UUID agencyId;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    @Column(name = "full_name")
    public String fullName;
    public String title;
    public String email;
    public String phone;
    /** The matter of an authorization; null for HEAD and APPOINTED. */
    public String scope;
    @Column(name = "valid_from")
    public LocalDate validFrom;
    /** First day the person no longer speaks (exclusive); null while open-ended. */
    @Column(name = "valid_until")
    public LocalDate validUntil;
    @Enumerated(EnumType.STRING)
    public Status status;
    @Column(name = "changed_at")
    public Instant changedAt;
    @Column(name = "received_at")
    public Instant receivedAt;

    /** Whether this person speaks for the agency on {@code day}. */
    public boolean speaksOn(LocalDate day) {
        return status != Status.EXPIRED && !validFrom.isAfter(day) && (validUntil == null || validUntil.isAfter(day));
    }
}
