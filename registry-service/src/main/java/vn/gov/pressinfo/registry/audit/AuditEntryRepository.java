package vn.gov.pressinfo.registry.audit;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class AuditEntryRepository implements PanacheRepositoryBase<AuditEntry, Long> {

    /** The trail of one entity, oldest first. */
    public List<AuditEntry> trail(String entityType, UUID entityId) {
        return list("entityType = ?1 and entityId = ?2", Sort.by("id"), entityType, entityId);
    }
}
