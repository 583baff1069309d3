package vn.gov.pressinfo.registry.directory;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import vn.gov.pressinfo.web.list.Rows;

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

    /** The columns {@link #of(Rows)} reads, from the view {@code public_directory_entry d}. */
    static final String COLUMNS = "d.kind, d.full_name, d.title, d.phone, d.email, d.agency_id, d.agency_name, d.scope, d.valid_from, "
            + "d.ends_on";

    /** An entry from its row; ends_on is exclusive, validUntil the last day. */
    static DirectoryEntryResponse of(Rows r) throws SQLException {
        LocalDate endsOn = r.date("ends_on");
        return new DirectoryEntryResponse(r.enumOf(DirectoryKind.class, "kind"), r.string("full_name"), r.string("title"),
                r.string("phone"), r.string("email"), r.uuid("agency_id"), r.string("agency_name"), r.string("scope"),
                r.date("valid_from"), endsOn == null ? null : endsOn.minusDays(1));
    }
}
