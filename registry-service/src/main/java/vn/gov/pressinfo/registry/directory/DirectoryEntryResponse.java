package vn.gov.pressinfo.registry.directory;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The public fields of a spokesperson or authorized person, as the directory shows them. */
@Schema(name = "DirectoryEntry", description = "A current spokesperson or authorized spokesperson, with public fields only.")
@JsonPropertyOrder({"kind", "fullName", "title", "phone", "email", "agencyId", "agencyName", "scope", "validFrom", "validUntil"})
public record DirectoryEntryResponse(
        @Schema(description = "HEAD (head of the agency, người đứng đầu), APPOINTED (appointed spokesperson, người phát ngôn) or "
                + "AUTHORIZED (authorized on one matter, người được ủy quyền phát ngôn); the CSV prints the Vietnamese names.",
                example = "APPOINTED") DirectoryKind kind,
        @Schema(example = "Nguyễn Thị Thu Hà", maxLength = 200) String fullName,
        @Schema(example = "Phó Giám đốc Sở", maxLength = 300) String title,
        @Schema(example = "0297 3862 000", maxLength = 30) String phone,
        @Schema(example = "nguyenthithuha@kiengiang.gov.vn", maxLength = 254) String email,
        @Schema(example = "3f1c2a9e-7d44-4a53-9b0e-1d2f3a4b5c6d") UUID agencyId,
        @Schema(example = "Sở Văn hóa, Thể thao và Du lịch", maxLength = 300) String agencyName,
        @Schema(description = "For AUTHORIZED: the matter the person may speak on.", example = "Phát ngôn về công tác phòng, chống thiên tai năm 2026", maxLength = 1000)
        String scope,
        @Schema(description = "First day in office.", example = "2025-03-01") LocalDate validFrom,
        @Schema(description = "Last day on which the person speaks for the agency (inclusive); absent when open-ended.", example = "2026-08-31")
        LocalDate validUntil) {

    static DirectoryEntryResponse of(DirectoryEntry e) {
        return new DirectoryEntryResponse(e.kind, e.fullName, e.title, e.phone, e.email, e.agencyId, e.agencyName, e.scope, e.validFrom,
                e.endsOn == null ? null : e.endsOn.minusDays(1));
    }
}
