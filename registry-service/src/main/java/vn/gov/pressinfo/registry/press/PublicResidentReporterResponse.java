package vn.gov.pressinfo.registry.press;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import vn.gov.pressinfo.web.list.Rows;

/** A resident reporter as the public list shows them. */
@Schema(name = "PublicResidentReporter",
        description = "A resident reporter (phóng viên thường trú) of a press agency that operates, accredited today, with public fields.")
@JsonPropertyOrder({"fullName", "pressAgencyId", "pressAgencyName", "medium", "pressCardNumber", "area", "phone", "email", "validFrom",
        "validUntil"})
public record PublicResidentReporterResponse(
        @Schema(example = "Lê Minh Tâm", maxLength = 200) String fullName,
        @Schema(example = "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e") UUID pressAgencyId,
        @Schema(example = "Báo Tuổi Trẻ", maxLength = 300) String pressAgencyName,
        @Schema(description = "The press agency's medium; the CSV prints it in Vietnamese.", example = "PRINT") PressMedium medium,
        @Schema(description = "Press card number (thẻ nhà báo), when recorded; check it with the press card verification.",
                example = "HN-12345", maxLength = 50) String pressCardNumber,
        @Schema(description = "Area covered.", example = "Tỉnh Kiên Giang và thành phố Phú Quốc", maxLength = 300) String area,
        @Schema(example = "+84 912 345 678", maxLength = 30) String phone,
        @Schema(example = "tam.le@baotuoitre.vn", maxLength = 254) String email,
        @Schema(description = "First day of the accreditation.", example = "2025-01-01") LocalDate validFrom,
        @Schema(description = "Last day of the accreditation (inclusive); absent when open-ended.", example = "2026-12-31")
        LocalDate validUntil) {

    /** The columns {@link #of(Rows)} reads, from the view {@code public_resident_reporter r}. */
    static final String COLUMNS = "r.full_name, r.press_agency_id, r.press_agency_name, r.medium, r.press_card_number, r.area, r.phone, "
            + "r.email, r.valid_from, r.valid_to";

    static PublicResidentReporterResponse of(Rows r) throws SQLException {
        return new PublicResidentReporterResponse(r.string("full_name"), r.uuid("press_agency_id"), r.string("press_agency_name"),
                r.enumOf(PressMedium.class, "medium"), r.string("press_card_number"), r.string("area"), r.string("phone"),
                r.string("email"), r.date("valid_from"), r.date("valid_to"));
    }
}
