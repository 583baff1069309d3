package vn.gov.pressinfo.registry.audit;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnTransformer;

/**
 * One recorded change of a registry entity (nhật ký thay đổi): which entity and version, what was
 * done, by whom, when, and the fields that changed. Appended by {@link AuditTrail}, never edited.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "entity_type")
    public String entityType;
    @Column(name = "entity_id")
    public UUID entityId;
    @Column(name = "entity_version")
    public long entityVersion;
    public String action;
    public String actor;
    public Instant at;
    /** JSON object {"field": {"from": …, "to": …}}; kept as text here, jsonb in the database. */
    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String changes;
}
