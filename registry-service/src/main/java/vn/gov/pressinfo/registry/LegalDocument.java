package vn.gov.pressinfo.registry;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.pressinfo.web.TextSearch;

/**
 * A legal document (văn bản pháp lý, văn bản làm căn cứ): the decision or resolution that appoints, authorizes, gives a
 * role or orders a reorganisation, told by its number, date and signer. One type for the request, the response and the
 * three {@code document_*} columns of every table that keeps one (spokesperson, spokesperson_authorization, agency_role,
 * reorganisation).
 *
 * @param number document number
 * @param date   date of the document
 * @param signer who signed or issued it (a person and position, or a body such as a People's Council)
 */
@Embeddable
@Schema(name = "LegalDocument", description = "The decision or resolution behind an appointment, authorization, role or reorganisation: "
        + "number, date and signer.")
public record LegalDocument(
        @Schema(description = "Document number.", example = "125/QĐ-UBND", maxLength = 100)
        @NotBlank @Size(max = 100)
        @Column(name = "document_number")
        String number,
        @Schema(description = "Date of the document.", example = "2025-02-25")
        @NotNull
        @Column(name = "document_date")
        LocalDate date,
        @Schema(description = "Who signed or issued it (name and position, or the issuing body).", example = "Nguyễn Văn Hùng, Chủ tịch UBND tỉnh",
                maxLength = 300)
        @NotBlank @Size(max = 300)
        @Column(name = "document_signer")
        String signer) {

    /** The same document with its Vietnamese text normalised for storage (NFC, single spaces). */
    public LegalDocument cleaned() {
        return new LegalDocument(TextSearch.clean(number), date, TextSearch.clean(signer));
    }

    /** "25/NQ-HĐND ngày 2025-02-19 (Hội đồng nhân dân tỉnh Kiên Giang)", for version notes. */
    public String describe() {
        return number + " ngày " + date + " (" + signer + ")";
    }
}
