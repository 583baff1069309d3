package vn.gov.pressinfo.pressresponse.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.pressinfo.pressresponse.presscase.Medium;

/** A deadline rule as clients see it. */
@Schema(name = "DeadlineRule", description = "A deadline rule with its legal basis and the day it takes effect.")
public record DeadlineRuleResponse(
        UUID id,
        @Schema(example = "CORRECTION") DeadlineKind kind,
        @Schema(example = "ONLINE") Medium medium,
        @Schema(example = "24", minimum = "1", maximum = "1000") int amount,
        @Schema(example = "HOURS") DeadlineUnit unit,
        @Schema(example = "2026-07-01") LocalDate effectiveFrom,
        @Schema(example = "Luật Báo chí 2025", maxLength = 1000) String legalBasis,
        @Schema(description = "How a rebuttal letter cites the legal basis, in Vietnamese; absent when the letter cites none.",
                example = "Luật Báo chí 2025 (hiệu lực từ 01/7/2026), quy định về cải chính, xin lỗi trên báo chí", maxLength = 300) String citation,
        @Schema(maxLength = 255) String createdBy,
        Instant createdAt) {

    static DeadlineRuleResponse of(DeadlineRule r) {
        return new DeadlineRuleResponse(r.id, r.kind, r.medium, r.amount, r.unit, r.effectiveFrom, r.legalBasis, r.citation, r.stamp.createdBy(),
                r.stamp.createdAt());
    }
}
