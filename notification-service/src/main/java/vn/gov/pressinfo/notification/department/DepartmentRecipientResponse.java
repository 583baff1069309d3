package vn.gov.pressinfo.notification.department;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DepartmentRecipient", description = "A department officer who receives department notices by email.")
public record DepartmentRecipientResponse(
        @Schema(description = "Id; null for a recipient that comes from configuration (used while no recipient is recorded).") UUID id,
        @Schema(example = "phongbaochi@stttt.kiengiang.gov.vn") String email,
        @Schema(example = "Phạm Thị Lan") String fullName,
        @Schema(description = "DATABASE (recorded by press-admin) or CONFIGURATION (pressinfo.notification.department-emails).", example = "DATABASE") String origin,
        Instant createdAt) {

    static DepartmentRecipientResponse of(DepartmentRecipient r) {
        return new DepartmentRecipientResponse(r.id, r.email, r.fullName, "DATABASE", r.createdAt);
    }

    static DepartmentRecipientResponse configured(String email) {
        return new DepartmentRecipientResponse(null, email, null, "CONFIGURATION", null);
    }
}
