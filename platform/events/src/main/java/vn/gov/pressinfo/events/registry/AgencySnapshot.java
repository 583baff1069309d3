package vn.gov.pressinfo.events.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import vn.gov.pressinfo.events.AgencyScoped;
import vn.gov.pressinfo.events.EventPayload;

/**
 * The current state of one agency (cơ quan hành chính nhà nước), published on every change to the
 * compacted topic {@code registry.agencies.v1}. A consumer keeps the snapshot with the highest
 * {@link #version()} and ignores older ones, so redelivery and replay are harmless.
 *
 * @param agencyId  stable internal id
 * @param version   increases by one with every change of the agency
 * @param code      official code
 * @param name      official name (Vietnamese, full Unicode)
 * @param type      agency type code, e.g. {@code DEPARTMENT}, {@code COMMUNE}
 * @param parentId  parent agency in the tree, null for a province root
 * @param status    {@code ACTIVE} or {@code DISSOLVED}
 * @param validFrom date from which the current name, code, type and parent apply
 * @param changedAt when the change was recorded (UTC)
 */
public record AgencySnapshot(
        UUID agencyId,
        long version,
        String code,
        String name,
        String type,
        UUID parentId,
        String status,
        LocalDate validFrom,
        Instant changedAt) implements EventPayload, AgencyScoped {

    @Override
    public String aggregateId() {
        return agencyId.toString();
    }
}
