package vn.gov.pressinfo.registry.compliance;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AgencyComplianceGaps", description = "An active agency and every compliance gap it has on the day asked for.")
public record AgencyGapsResponse(
        @Schema(example = "3f1c2a9e-7d44-4a53-9b0e-1d2f3a4b5c6d") UUID agencyId,
        @Schema(example = "KG-12", maxLength = 50) String code,
        @Schema(description = "The agency's current name.", example = "Sở Văn hóa, Thể thao và Du lịch", maxLength = 300) String name,
        @Schema(description = "Agency type code.", example = "DEPARTMENT", maxLength = 200) String type,
        @Schema(example = "0b7e6f4c-1a2b-4c3d-8e9f-0a1b2c3d4e5f") UUID parentId,
        @Schema(description = "The gaps, in the order of the kinds.", maxItems = 1000) List<Gap> gaps) {

    @Schema(name = "ComplianceGap", description = "One compliance gap.")
    public record Gap(
            GapKind kind,
            @Schema(description = "A short English sentence with the names and dates concerned.",
                    example = "No spokesperson regulation is in effect on 2026-11-22.", maxLength = 4000) String detail) {
    }
}
