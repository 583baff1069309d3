package vn.gov.pressinfo.registry.agency;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AgencyType", description = "A kind of agency. A retired type stays for history but cannot be used for new versions from retiredFrom on.")
public record AgencyTypeResponse(
        @Schema(example = "DISTRICT", maxLength = 50) String code,
        @Schema(example = "Huyện, quận, thị xã, thành phố thuộc tỉnh (bãi bỏ từ 01/7/2025)", maxLength = 300) String name,
        @Schema(example = "2025-07-01") LocalDate retiredFrom) {

    static AgencyTypeResponse of(AgencyType t) {
        return new AgencyTypeResponse(t.code, t.name, t.retiredFrom);
    }
}
