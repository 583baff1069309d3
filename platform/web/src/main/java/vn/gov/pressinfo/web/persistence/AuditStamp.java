package vn.gov.pressinfo.web.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Who created a row and when, and who changed it last and when: the four columns {@code created_at}, {@code created_by},
 * {@code updated_at} and {@code updated_by} that an entity embeds with {@code @Embedded public AuditStamp audit;}.
 * Immutable: a change replaces the stamp ({@code entity.audit = entity.audit.updated(actor, now)}), so Hibernate sees the
 * new value whatever the entity's dirty tracking. No business rule lives here (ADR 5).
 *
 * @param createdAt when the row was created
 * @param createdBy who created it (the caller's name)
 * @param updatedAt when it last changed; the creation time until then
 * @param updatedBy who changed it last; the creator until then
 */
@Embeddable
public record AuditStamp(
        @Column(name = "created_at") Instant createdAt,
        @Column(name = "created_by") String createdBy,
        @Column(name = "updated_at") Instant updatedAt,
        @Column(name = "updated_by") String updatedBy) {

    /** A row created by {@code by} at {@code at}, not changed since. */
    public static AuditStamp created(String by, Instant at) {
        return new AuditStamp(at, by, at, by);
    }

    /** This stamp with the row changed by {@code by} at {@code at}; who created it and when stay. */
    public AuditStamp updated(String by, Instant at) {
        return new AuditStamp(createdAt, createdBy, at, by);
    }
}
