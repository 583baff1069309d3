package vn.gov.pressinfo.notification.department;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DepartmentRecipient", description = "A department officer who receives department notices by email.")
public record DepartmentRecipientResponse(
        @Schema(description = "Id; null for a recipient that comes from configuration.") UUID id,
        @Schema(description = "The agency the officer works for; null for a recipient recorded before recipients belonged to an "
                + "agency, or one from configuration.", example = "6b5a4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d") UUID agencyId,
        @Schema(description = "That agency's name, as the registry last published it.", example = "Sở Văn hóa, Thể thao và Du lịch",
                maxLength = 300)
        String agencyName,
        @Schema(example = "phongbaochi@svhttdl.angiang.gov.vn", maxLength = 254) String email,
        @Schema(example = "Phạm Thị Lan", maxLength = 200) String fullName,
        @Schema(description = "DATABASE (recorded by press-admin) or CONFIGURATION (pressinfo.notification.department-emails, the "
                + "last fallback while the registry has published no department role).", example = "DATABASE",
                enumeration = {"DATABASE", "CONFIGURATION"}, maxLength = 13) String origin,
        Instant createdAt) {

    static DepartmentRecipientResponse of(DepartmentRecipient r, String agencyName) {
        return new DepartmentRecipientResponse(r.id, r.agencyId, agencyName, r.email, r.fullName, "DATABASE", r.stamp.createdAt());
    }

    static DepartmentRecipientResponse configured(String email) {
        return new DepartmentRecipientResponse(null, null, null, email, null, "CONFIGURATION", null);
    }
}
