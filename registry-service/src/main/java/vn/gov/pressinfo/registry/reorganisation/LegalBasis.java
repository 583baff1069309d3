package vn.gov.pressinfo.registry.reorganisation;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The legal-basis document (văn bản làm căn cứ) of a reorganisation or a role assignment.
 *
 * @param number document number
 * @param date   date of the document
 * @param signer who signed or issued it
 */
@Schema(name = "LegalBasis", description = "The document (decision, resolution) that ordered the change.")
public record LegalBasis(
        @Schema(description = "Document number.", example = "25/NQ-HĐND", maxLength = 100)
        @NotBlank @Size(max = 100)
        String number,
        @Schema(description = "Date of the document.", example = "2025-02-19")
        @NotNull
        LocalDate date,
        @Schema(description = "Who signed or issued the document.", example = "Hội đồng nhân dân tỉnh Kiên Giang", maxLength = 300)
        @NotBlank @Size(max = 300)
        String signer) {

    /** The same document with its text normalised for storage. */
    public LegalBasis cleaned() {
        return new LegalBasis(vn.gov.pressinfo.web.TextSearch.clean(number), date, vn.gov.pressinfo.web.TextSearch.clean(signer));
    }

    /** "25/NQ-HĐND ngày 2025-02-19 (Hội đồng nhân dân tỉnh Kiên Giang)", for version notes. */
    public String describe() {
        return number + " ngày " + date + " (" + signer + ")";
    }
}
