package vn.gov.pressinfo.registry.press;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ResidentReporter", description = "A resident reporter (phóng viên thường trú) of a press agency.")
public record ResidentReporterResponse(
        @Schema(example = "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b") UUID id,
        @Schema(example = "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e") UUID pressAgencyId,
        @Schema(example = "Lê Minh Tâm", maxLength = 200) String fullName,
        @Schema(example = "HN-12345", maxLength = 50) String pressCardNumber,
        @Schema(example = "Tỉnh Kiên Giang và thành phố Phú Quốc", maxLength = 300) String area,
        @Schema(example = "+84 912 345 678", maxLength = 30) String phone,
        @Schema(example = "tam.le@baotuoitre.vn", maxLength = 254) String email,
        @Schema(example = "2025-01-01") LocalDate validFrom,
        @Schema(example = "2026-12-31") LocalDate validTo,
        @Schema(example = "2026-11-22T02:30:00Z") Instant createdAt,
        @Schema(example = "press-admin-user", maxLength = 255) String createdBy) {

    static ResidentReporterResponse of(ResidentReporter r) {
        return new ResidentReporterResponse(r.id, r.pressAgencyId, r.fullName, r.pressCardNumber, r.area, r.phone, r.email,
                r.validFrom, r.validTo, r.stamp.createdAt(), r.stamp.createdBy());
    }
}
