package vn.gov.pressinfo.registry.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * One row of the public spokesperson directory (danh bạ người phát ngôn), read from the view
 * {@code public_directory_entry}: a head or appointed spokesperson, or an active authorization, with
 * public fields only. In force on a day d when validFrom ≤ d &lt; endsOn (null: open-ended).
 */
@Entity
@Immutable
@Table(name = "public_directory_entry")
public class DirectoryEntry {

    @Id
    public UUID id;
    @Column(name = "agency_id")
    public UUID agencyId;
    @Column(name = "agency_name")
    public String agencyName;
    @Column(name = "agency_type")
    public String agencyType;
    @Enumerated(EnumType.STRING)
    public DirectoryKind kind;
    @Column(name = "full_name")
    public String fullName;
    @Column(name = "name_search")
    public String nameSearch;
    public String title;
    public String phone;
    public String email;
    public String scope;
    @Column(name = "valid_from")
    public LocalDate validFrom;
    /** Exclusive end; for an authorization the day after its last day. */
    @Column(name = "ends_on")
    public LocalDate endsOn;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "sort_rank")
    public int sortRank;
}
