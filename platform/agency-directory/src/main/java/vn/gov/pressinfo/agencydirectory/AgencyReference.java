package vn.gov.pressinfo.agencydirectory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * This service's copy of one agency (cơ quan), as last published by registry-service. Never edited
 * here: only {@link AgencyDirectory#apply} writes it, from snapshots.
 */
@Entity
@Table(name = "agency_reference")
public class AgencyReference {

    @Id
    public UUID id;
    public long version;
    public String code;
    public String name;
    @Column(name = "name_search", insertable = false, updatable = false)
    public String nameSearch;
    @Column(name = "type_code")
    public String type;
    @Column(name = "parent_id")
    public UUID parentId;
    public String status;
    @Column(name = "valid_from")
    public LocalDate validFrom;
    @Column(name = "changed_at")
    public Instant changedAt;
    @Column(name = "received_at")
    public Instant receivedAt;
}
