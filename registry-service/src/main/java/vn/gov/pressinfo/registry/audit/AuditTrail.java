package vn.gov.pressinfo.registry.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The audit trail of registry entities: every service that changes an entity records here who did
 * what and when, in the same transaction as the change, so the trail and the data cannot disagree.
 * Reusable by any registry feature: the entity type is a free-form name ({@code "spokesperson"}).
 */
@ApplicationScoped
public class AuditTrail {

    private static final TypeReference<Map<String, Map<String, Object>>> CHANGES = new TypeReference<>() {
    };

    private final AuditEntryRepository entries;
    private final ObjectMapper json;

    public AuditTrail(AuditEntryRepository entries, ObjectMapper json) {
        this.entries = entries;
        this.json = json;
    }

    /** Appends one entry, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String entityType, UUID entityId, long entityVersion, String action, String actor, Instant at, FieldChanges changes) {
        AuditEntry entry = new AuditEntry();
        entry.entityType = entityType;
        entry.entityId = entityId;
        entry.entityVersion = entityVersion;
        entry.action = action;
        entry.actor = actor;
        entry.at = at;
        try {
            entry.changes = json.writeValueAsString(changes.asMap());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit changes cannot be written as JSON", e);
        }
        entries.persist(entry);
    }

    /** The trail of one entity, oldest first. */
    public List<AuditEntryResponse> trail(String entityType, UUID entityId) {
        return entries.trail(entityType, entityId).stream()
                .map(e -> new AuditEntryResponse(e.entityVersion, e.action, e.actor, e.at, read(e.changes)))
                .toList();
    }

    private Map<String, Map<String, Object>> read(String changes) {
        try {
            return json.readValue(changes, CHANGES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit entry has invalid changes", e);
        }
    }
}
