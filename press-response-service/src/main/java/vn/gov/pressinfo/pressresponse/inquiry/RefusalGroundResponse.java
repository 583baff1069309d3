package vn.gov.pressinfo.pressresponse.inquiry;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A legal ground for refusing information, with its source and dates. */
@Schema(name = "RefusalGround", description = "A legal ground on which an agency may refuse to provide information to the press.")
public record RefusalGroundResponse(
        @Schema(example = "UNDER_INVESTIGATION", maxLength = 50) String code,
        @Schema(example = "Vụ án đang được điều tra hoặc chưa xét xử", maxLength = 1000) String label,
        @Schema(example = "Luật Báo chí 2016, Điều 38 khoản 2 điểm b", maxLength = 1000) String legalBasis,
        @Schema(example = "2017-01-01") LocalDate effectiveFrom,
        @Schema(description = "Last day in force; null while in force.", example = "2026-06-30") LocalDate effectiveTo) {

    static RefusalGroundResponse of(RefusalGround g) {
        return new RefusalGroundResponse(g.code, g.label, g.legalBasis, g.effectiveFrom, g.effectiveTo);
    }
}
