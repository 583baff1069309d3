package vn.gov.pressinfo.registry.regulation;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.gov.pressinfo.registry.validation.HttpUrl;
import vn.gov.pressinfo.web.TextSearch;

/**
 * A spokesperson regulation as sent to record it or to correct it.
 *
 * @param reason why it is recorded or corrected; kept in the history only
 */
@Schema(name = "RegulationDetails", description = "The decision adopting an agency's spokesperson regulation (quy chế phát ngôn).")
public record RegulationDetails(
        @Schema(description = "Number of the decision.", example = "1234/QĐ-UBND", maxLength = 100)
        @NotBlank @Size(max = 100)
        String decisionNumber,
        @Schema(description = "Date the decision was signed.", example = "2021-03-15")
        @NotNull
        LocalDate decisionDate,
        @Schema(description = "Who issued (signed) the decision.", example = "Ủy ban nhân dân tỉnh Kiên Giang", maxLength = 300)
        @NotBlank @Size(max = 300)
        String issuer,
        @Schema(description = "Absolute http(s) link to the published decision.", format = "uri",
                example = "https://kiengiang.gov.vn/van-ban/1234-qd-ubnd.pdf", maxLength = 2000)
        @NotBlank @Size(max = 2000) @HttpUrl
        String documentUrl,
        @Schema(description = "Date from which the regulation applies; not before the decision date.", example = "2021-04-01")
        @NotNull
        LocalDate effectiveFrom,
        @Schema(description = "Free note.", example = "Thay thế Quyết định 567/QĐ-UBND năm 2017", maxLength = 1000)
        @Size(max = 1000)
        String note,
        @Schema(description = "Why it is recorded or corrected; kept in the history.", example = "Sửa ngày hiệu lực theo bản gốc", maxLength = 1000)
        @Size(max = 1000)
        String reason) {

    /** Text normalised for storage (NFC, single spaces). */
    RegulationDetails cleaned() {
        return new RegulationDetails(TextSearch.clean(decisionNumber), decisionDate, TextSearch.clean(issuer), documentUrl.trim(),
                effectiveFrom, blankToNull(TextSearch.clean(note)), blankToNull(TextSearch.clean(reason)));
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
