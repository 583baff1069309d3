package vn.gov.pressinfo.registry.press;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RepresentativeOffice", description = "A representative office (văn phòng đại diện) of a press agency.")
public record RepresentativeOfficeResponse(
        @Schema(example = "4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a") UUID id,
        @Schema(example = "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e") UUID pressAgencyId,
        @Schema(example = "25 Trần Phú, phường Vĩnh Thanh Vân, Rạch Giá", maxLength = 300) String address,
        @Schema(example = "Kiên Giang", maxLength = 100) String province,
        @Schema(example = "Trần Thị Bích", maxLength = 200) String head,
        @Schema(example = "0297 3862 123", maxLength = 30) String phone,
        @Schema(example = "vpdd.kiengiang@baotuoitre.vn", maxLength = 254) String email,
        Licence licence,
        @Schema(example = "2026-11-22T02:30:00Z") Instant createdAt,
        @Schema(example = "press-admin-user", maxLength = 255) String createdBy) {

    static RepresentativeOfficeResponse of(RepresentativeOffice o) {
        return new RepresentativeOfficeResponse(o.id, o.pressAgencyId, o.address, o.province, o.head, o.phone, o.email,
                new Licence(o.licenceNumber, o.licenceDate, o.licenceIssuer), o.stamp.createdAt(), o.stamp.createdBy());
    }
}
