package vn.gov.pressinfo.pressresponse.statistics;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Figures for an agency (or all) over a period of detection dates. */
@Schema(name = "CaseStatistics", description = "Cases detected in the period and what became of them.")
public record CaseStatistics(
        @Schema(description = "The responsible agency; absent for all agencies.") UUID agencyId,
        @Schema(example = "2026-01-01") LocalDate from,
        @Schema(example = "2026-12-31") LocalDate to,
        @Schema(description = "Cases detected in the period.", example = "42", minimum = "0", maximum = "9223372036854775807") long cases,
        @Schema(description = "Of those, still open.", example = "7", minimum = "0", maximum = "9223372036854775807") long open,
        @Schema(description = "Cases by verdict (ACCURATE, INACCURATE, FALSE, MISLEADING); unverified cases are not counted.",
                additionalProperties = VerdictCount.class, maxProperties = 4)
        Map<String, Long> verdicts,
        @Schema(description = "Rebuttals sent by their response deadline.", example = "20", minimum = "0", maximum = "9223372036854775807") long rebuttalsOnTime,
        @Schema(description = "Rebuttals sent after their response deadline.", example = "3", minimum = "0", maximum = "9223372036854775807") long rebuttalsLate,
        @Schema(description = "Corrections obtained (published by the press agency).", example = "18", minimum = "0", maximum = "9223372036854775807") long correctionsObtained,
        @Schema(description = "Of those, compliant with every check of the Press Law.", example = "15", minimum = "0", maximum = "9223372036854775807") long correctionsCompliant,
        @Schema(description = "Of those, published by the correction deadline.", example = "16", minimum = "0", maximum = "9223372036854775807") long correctionsOnTime,
        @Schema(description = "Cases whose correction deadline passed without a correction.", example = "4", minimum = "0", maximum = "9223372036854775807") long correctionsOverdue,
        @Schema(description = "Cases escalated.", example = "2", minimum = "0", maximum = "9223372036854775807") long escalated) {

    /** OpenAPI shape of one count in {@link #verdicts()}. */
    @Schema(name = "VerdictCount", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER, format = "int64",
            minimum = "0", maximum = "9223372036854775807", description = "Cases with that verdict.", example = "5")
    public interface VerdictCount {
    }
}
