package vn.gov.pressinfo.registry.audit;

import java.time.Instant;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of an entity's audit trail. */
@Schema(name = "AuditEntry", description = "One recorded change: the entity version it produced, what was done, by whom, when, and the fields that changed.")
public record AuditEntryResponse(
        @Schema(description = "Version of the entity after the change (its ETag then).", example = "1", minimum = "0", maximum = "9223372036854775807") long version,
        @Schema(description = "What was done, e.g. APPOINTED, SUPERSEDED, REVOKED, DEPARTMENT_NOTIFIED, GRANTED, EXPIRED.", example = "SUPERSEDED", maxLength = 50) String action,
        @Schema(description = "Who did it (token user name, or system:<job>).", example = "press-admin-user", maxLength = 255) String actor,
        @Schema(description = "When (UTC).", example = "2026-11-22T02:30:00Z") Instant at,
        @Schema(type = SchemaType.OBJECT, description = "Changed fields: {\"field\": {\"from\": old, \"to\": new}}; on creation only \"to\".",
                example = "{\"validTo\": {\"to\": \"2026-03-01\"}, \"status\": {\"from\": \"ACTIVE\", \"to\": \"SUPERSEDED\"}}")
        Map<String, Map<String, Object>> changes) {
}
