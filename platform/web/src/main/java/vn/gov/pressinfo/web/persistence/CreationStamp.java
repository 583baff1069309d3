package vn.gov.pressinfo.web.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Who created a row and when, for rows that are never changed afterwards (or whose changes are recorded elsewhere): the two
 * columns {@code created_at} and {@code created_by}, embedded with {@code @Embedded public CreationStamp created;}. Rows
 * that are changed in place carry an {@link AuditStamp} instead. No business rule lives here (ADR 5).
 *
 * @param createdAt when the row was created
 * @param createdBy who created it (the caller's name)
 */
@Embeddable
public record CreationStamp(
        @Column(name = "created_at") Instant createdAt,
        @Column(name = "created_by") String createdBy) {

    /** A row created by {@code by} at {@code at}. */
    public static CreationStamp of(String by, Instant at) {
        return new CreationStamp(at, by);
    }
}
