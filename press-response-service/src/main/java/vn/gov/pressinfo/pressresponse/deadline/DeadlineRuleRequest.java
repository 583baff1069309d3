package vn.gov.pressinfo.pressresponse.deadline;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.pressinfo.pressresponse.presscase.Medium;

/** A new deadline rule, in force from a date. */
@Schema(name = "DeadlineRuleRequest", description = "A deadline rule that takes over from its effective date.")
public record DeadlineRuleRequest(
        @Schema(description = "What the rule times.", example = "CORRECTION") @NotNull DeadlineKind kind,
        @Schema(description = "The outlet medium; required for CORRECTION rules, absent otherwise.", example = "MAGAZINE") Medium medium,
        @Schema(description = "How many units.", example = "7", minimum = "1", maximum = "1000") @NotNull @Min(1) @Max(1000) Integer amount,
        @Schema(description = "The unit.", example = "CALENDAR_DAYS") @NotNull DeadlineUnit unit,
        @Schema(description = "First day the rule applies (deadlines starting that day or later).", example = "2026-07-01")
        @NotNull LocalDate effectiveFrom,
        @Schema(description = "The legal text the rule comes from.", example = "Luật Báo chí 2025 (Press Law 2025), in force from 2026-07-01",
                maxLength = 500)
        @NotBlank @Size(max = 500) String legalBasis,
        @Schema(description = "How a rebuttal letter cites the legal basis, in Vietnamese; CORRECTION rules print it in the letters "
                + "dated while the rule is in force. Absent: the letter cites no legal basis for the deadline.",
                example = "Luật Báo chí 2025 (hiệu lực từ 01/7/2026), quy định về cải chính, xin lỗi trên báo chí", maxLength = 300)
        @Size(max = 300) String citation) {
}
