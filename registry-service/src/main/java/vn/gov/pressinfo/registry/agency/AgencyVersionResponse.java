package vn.gov.pressinfo.registry.agency;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AgencyVersion", description = "One version of an agency, valid from validFrom until validTo (exclusive; null while current).")
public record AgencyVersionResponse(
        @Schema(example = "1") long version,
        @Schema(example = "KG-12") String code,
        @Schema(example = "Sở Thông tin và Truyền thông") String name,
        @Schema(example = "DEPARTMENT") String type,
        UUID parentId,
        AgencyStatus status,
        @Schema(example = "2020-01-01") LocalDate validFrom,
        @Schema(example = "2025-03-01") LocalDate validTo,
        @Schema(example = "2026-11-22T02:30:00Z") Instant recordedAt,
        @Schema(example = "press-admin-user") String recordedBy,
        @Schema(example = "Quyết định 123/QĐ-UBND") String note) {

    static AgencyVersionResponse of(AgencyVersion v) {
        return new AgencyVersionResponse(v.agencyVersion, v.code, v.name, v.type, v.parentId, v.status, v.validFrom, v.validTo,
                v.recordedAt, v.recordedBy, v.note);
    }
}
