package vn.gov.pressinfo.registry.press;

import java.sql.SQLException;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import vn.gov.pressinfo.web.list.Rows;

/** A representative office as the public list shows it. */
@Schema(name = "PublicRepresentativeOffice",
        description = "A representative office (văn phòng đại diện) of a press agency that operates, with its public fields.")
@JsonPropertyOrder({"pressAgencyId", "pressAgencyName", "medium", "head", "address", "province", "phone", "email", "licence"})
public record PublicRepresentativeOfficeResponse(
        @Schema(example = "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e") UUID pressAgencyId,
        @Schema(example = "Báo Tuổi Trẻ", maxLength = 300) String pressAgencyName,
        @Schema(description = "The press agency's medium; the CSV prints it in Vietnamese (Báo in, Báo điện tử, Phát thanh, "
                + "Truyền hình, Tạp chí).", example = "PRINT") PressMedium medium,
        @Schema(description = "Head of the office (trưởng văn phòng).", example = "Trần Thị Bích", maxLength = 200) String head,
        @Schema(example = "25 Trần Phú, phường Vĩnh Thanh Vân, Rạch Giá", maxLength = 300) String address,
        @Schema(example = "Kiên Giang", maxLength = 100) String province,
        @Schema(example = "0297 3862 123", maxLength = 30) String phone,
        @Schema(example = "vpdd.kiengiang@baotuoitre.vn", maxLength = 254) String email,
        @Schema(description = "The office's licence.") Licence licence) {

    /** The columns {@link #of(Rows)} reads, from the view {@code public_representative_office o}. */
    static final String COLUMNS = "o.press_agency_id, o.press_agency_name, o.medium, o.head, o.address, o.province, o.phone, o.email, "
            + "o.licence_number, o.licence_date, o.licence_issuer";

    static PublicRepresentativeOfficeResponse of(Rows r) throws SQLException {
        return new PublicRepresentativeOfficeResponse(r.uuid("press_agency_id"), r.string("press_agency_name"),
                r.enumOf(PressMedium.class, "medium"), r.string("head"), r.string("address"), r.string("province"), r.string("phone"),
                r.string("email"), new Licence(r.string("licence_number"), r.date("licence_date"), r.string("licence_issuer")));
    }
}
