package vn.gov.pressinfo.registry.agency;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AgencyVersion", description = "One version of an agency, valid from validFrom until validTo (exclusive; null while current).")
public record AgencyVersionResponse(
        @Schema(example = "1", minimum = "0", maximum = "9223372036854775807") long version,
        @Schema(example = "KG-12", maxLength = 50) String code,
        @Schema(example = "Sở Thông tin và Truyền thông", maxLength = 300) String name,
        @Schema(example = "DEPARTMENT", maxLength = 200) String type,
        UUID parentId,
        AgencyStatus status,
        @Schema(example = "2020-01-01") LocalDate validFrom,
        @Schema(example = "2025-03-01") LocalDate validTo,
        @Schema(example = "2026-11-22T02:30:00Z") Instant recordedAt,
        @Schema(example = "press-admin-user", maxLength = 255) String recordedBy,
        @Schema(example = "Quyết định 123/QĐ-UBND", maxLength = 2000) String note) {

    static AgencyVersionResponse of(AgencyVersion v) {
        return new AgencyVersionResponse(v.agencyVersion, v.code, v.name, v.type, v.parentId, v.status, v.validFrom, v.validTo,
                v.recordedAt, v.recordedBy, v.note);
    }
}
