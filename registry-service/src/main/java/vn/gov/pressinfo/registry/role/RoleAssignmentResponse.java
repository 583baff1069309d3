package vn.gov.pressinfo.registry.role;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.pressinfo.registry.LegalDocument;
import vn.gov.pressinfo.registry.agency.Agency;

@Schema(name = "RoleAssignment", description = "An agency holding a role from validFrom until validTo (exclusive; null while current).")
public record RoleAssignmentResponse(
        AgencyRole role,
        @Schema(example = "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a") UUID agencyId,
        @Schema(example = "KG-VHTTDL", maxLength = 50) String agencyCode,
        @Schema(description = "Current name of the agency.", example = "Sở Văn hóa, Thể thao và Du lịch", maxLength = 300) String agencyName,
        @Schema(example = "2025-03-01") LocalDate validFrom,
        @Schema(description = "First day the agency no longer holds the role; null while it does.", example = "2030-01-01") LocalDate validTo,
        LegalDocument document,
        @Schema(example = "2026-11-22T02:30:00Z") Instant recordedAt,
        @Schema(example = "press-admin-user", maxLength = 255) String recordedBy) {

    static RoleAssignmentResponse of(RoleAssignment a, Agency agency) {
        return new RoleAssignmentResponse(a.role, a.agencyId, agency == null ? null : agency.code, agency == null ? null : agency.name,
                a.validFrom, a.validTo, a.document, a.recordedAt, a.recordedBy);
    }
}
