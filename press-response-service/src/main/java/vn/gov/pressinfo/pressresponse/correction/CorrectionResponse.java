package vn.gov.pressinfo.pressresponse.correction;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A recorded correction. */
@Schema(name = "Correction", description = "A published correction, its checks, and whether it was on time and compliant.")
public record CorrectionResponse(
        UUID id,
        UUID caseId,
        @Schema(example = "https://baoabc.vn/cai-chinh-123.html", maxLength = 2000) String url,
        @Schema(example = "2026-11-24") LocalDate publishedOn,
        boolean namesCorrectedWork,
        boolean samePositionAndTypeface,
        Boolean keptOnlineSevenDays,
        Boolean originalRemoved,
        @Schema(description = "Every applicable check passed.") boolean compliant,
        @Schema(description = "Published by the correction deadline.") boolean onTime,
        @Schema(maxLength = 2000) String note,
        @Schema(maxLength = 255) String recordedBy,
        Instant recordedAt) {

    static CorrectionResponse of(Correction c) {
        return new CorrectionResponse(c.id, c.caseId, c.url, c.publishedOn, c.namesCorrectedWork, c.samePositionAndTypeface,
                c.keptOnlineSevenDays, c.originalRemoved, c.compliant, c.onTime, c.note, c.recordedBy, c.recordedAt);
    }
}
