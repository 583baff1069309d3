package vn.gov.pressinfo.agencydirectory;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** This service's copy of one term of a dated agency role, as last published by registry-service. */
@Entity
@Table(name = "agency_role_reference")
@IdClass(RoleTermReference.Key.class)
public class RoleTermReference {

    @Id
    public String role;
    @Id
    @Column(name = "valid_from")
    public LocalDate validFrom;
    @Column(name = "valid_to")
    public LocalDate validTo;
    @Column(name = "agency_id")
    public UUID agencyId;
    @Column(name = "agency_code")
    public String agencyCode;
    @Column(name = "agency_name")
    public String agencyName;
    @Column(name = "document_number")
    public String documentNumber;
    @Column(name = "changed_at")
    public Instant changedAt;

    /** The composite key: a role has at most one term starting on a date. */
    public record Key(String role, LocalDate validFrom) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    /** What callers see of the term. */
    public RoleHolder holder() {
        return new RoleHolder(role, agencyId, agencyCode, agencyName, validFrom, validTo);
    }
}
