package vn.gov.pressinfo.registry.agency;

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

import vn.gov.pressinfo.web.persistence.AuditStamp;

/**
 * A state administrative agency (cơ quan hành chính nhà nước): a node of the agency tree with a
 * stable id. This row is the current state; {@link AgencyVersion} rows keep every earlier one.
 */
@Entity
@Table(name = "agency")
public class Agency {

    @Id
    public UUID id;
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
    /** Date from which the current code, name, type and parent apply. */
    @Column(name = "valid_from")
    public LocalDate validFrom;
    /** Optimistic-locking version; also the ETag and the snapshot version. */
    @Version
    public long version;
    /** Who created the row and who changed it last, and when. */
    @Embedded
    public AuditStamp stamp;

    /** Whether applying {@code details} would change anything. */
    boolean differsFrom(AgencyDetails details) {
        return !(code.equals(details.code()) && name.equals(details.name()) && type.equals(details.type())
                && java.util.Objects.equals(parentId, details.parentId()));
    }

    /** An active agency registered by {@code actor} at {@code now}, from cleaned details, its first version from {@code validFrom}. */
    static Agency register(AgencyDetails details, LocalDate validFrom, String actor, Instant now) {
        Agency agency = new Agency();
        agency.id = UUID.randomUUID();
        agency.code = details.code();
        agency.name = details.name();
        agency.type = details.type();
        agency.parentId = details.parentId();
        agency.status = AgencyStatus.ACTIVE;
        agency.validFrom = validFrom;
        agency.stamp = AuditStamp.created(actor, now);
        return agency;
    }
}
