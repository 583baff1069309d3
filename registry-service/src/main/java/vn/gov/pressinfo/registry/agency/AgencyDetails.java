package vn.gov.pressinfo.registry.agency;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The versioned attributes of an agency, as sent to create one or to record a change.
 *
 * @param validFrom date from which these attributes apply; today (Asia/Ho_Chi_Minh) when omitted
 * @param note      why the change was made (legal basis, correction…), kept in the history
 */
@Schema(name = "AgencyDetails", description = "The versioned attributes of an agency.")
public record AgencyDetails(
        @Schema(description = "Official code, unique.", example = "KG-12", maxLength = 50)
        @NotBlank @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "may contain letters, digits, '.', '_' and '-'")
        String code,
        @Schema(description = "Official name in Vietnamese.", example = "Sở Thông tin và Truyền thông", maxLength = 300)
        @NotBlank @Size(max = 300)
        String name,
        @Schema(description = "Agency type code (see GET /api/v1/agency-types).", example = "DEPARTMENT", maxLength = 50)
        @NotBlank @Size(max = 50)
        String type,
        @Schema(description = "Parent agency; omit for a province root.", example = "0b7e6f4c-1a2b-4c3d-8e9f-0a1b2c3d4e5f")
        UUID parentId,
        @Schema(description = "Date from which these attributes apply; defaults to today in Asia/Ho_Chi_Minh.", example = "2020-01-01")
        LocalDate validFrom,
        @Schema(description = "Reason or legal basis of the change, kept in the history.", example = "Quyết định 123/QĐ-UBND", maxLength = 1000)
        @Size(max = 1000)
        String note) {

    /** The same details with Vietnamese text normalised for storage (NFC, single spaces). */
    AgencyDetails cleaned() {
        return new AgencyDetails(code.trim(), vn.gov.pressinfo.web.TextSearch.clean(name), type.trim(), parentId, validFrom,
                vn.gov.pressinfo.web.TextSearch.clean(note));
    }
}
