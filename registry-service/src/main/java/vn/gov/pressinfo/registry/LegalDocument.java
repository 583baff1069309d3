package vn.gov.pressinfo.registry.spokesperson;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.pressinfo.web.TextSearch;

/**
 * The legal basis of an appointment or authorization (văn bản pháp lý): the decision's number, date
 * and signer.
 */
@Schema(name = "LegalDocument", description = "The decision that appoints or authorizes: number, date and signer.")
public record LegalDocument(
        @Schema(description = "Document number.", example = "125/QĐ-UBND", maxLength = 100)
        @NotBlank @Size(max = 100) String number,
        @Schema(description = "Date of the document.", example = "2025-02-25")
        @NotNull LocalDate date,
        @Schema(description = "Who signed it (name and position).", example = "Nguyễn Văn Hùng, Chủ tịch UBND tỉnh", maxLength = 200)
        @NotBlank @Size(max = 200) String signer) {

    /** Vietnamese text normalised for storage (NFC, single spaces). */
    public LegalDocument cleaned() {
        return new LegalDocument(TextSearch.clean(number), date, TextSearch.clean(signer));
    }
}
