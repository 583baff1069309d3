package vn.gov.pressinfo.registry.regulation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Regulation", description = "An agency's spokesperson regulation (quy chế phát ngôn) with its audit fields.")
public record RegulationResponse(
        @Schema(example = "6a1d0c3e-2b4f-4e8a-9c7d-5f3e2a1b0c9d") UUID id,
        @Schema(example = "3f1c2a9e-7d44-4a53-9b0e-1d2f3a4b5c6d") UUID agencyId,
        @Schema(example = "1234/QĐ-UBND", maxLength = 100) String decisionNumber,
        @Schema(example = "2021-03-15") LocalDate decisionDate,
        @Schema(example = "Ủy ban nhân dân tỉnh Kiên Giang", maxLength = 300) String issuer,
        @Schema(format = "uri", example = "https://kiengiang.gov.vn/van-ban/1234-qd-ubnd.pdf", maxLength = 2000) String documentUrl,
        @Schema(example = "2021-04-01") LocalDate effectiveFrom,
        @Schema(example = "Thay thế Quyết định 567/QĐ-UBND năm 2017", maxLength = 2000) String note,
        @Schema(description = "Whether this is the agency's current regulation: the latest one already in effect today "
                + "(Asia/Ho_Chi_Minh).", example = "true") boolean current,
        @Schema(description = "Version; also the ETag.", example = "0", minimum = "0", maximum = "9223372036854775807") long version,
        @Schema(example = "2026-11-22T02:30:00Z") Instant createdAt,
        @Schema(example = "officer-3f1c2a9e", maxLength = 255) String createdBy,
        @Schema(example = "2026-11-22T02:30:00Z") Instant updatedAt,
        @Schema(example = "officer-3f1c2a9e", maxLength = 255) String updatedBy) {

    static RegulationResponse of(RegulationService.RegulationView view) {
        SpokespersonRegulation r = view.regulation();
        return new RegulationResponse(r.id, r.agencyId, r.decisionNumber, r.decisionDate, r.issuer, r.documentUrl, r.effectiveFrom,
                r.note, view.current(), r.version, r.stamp.createdAt(), r.stamp.createdBy(), r.stamp.updatedAt(), r.stamp.updatedBy());
    }
}
