package vn.gov.pressinfo.pressresponse.incident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An agency's initial statement deadline override as recorded. */
@Schema(name = "InitialStatementOverride", description = "An agency's own initial statement deadline, in force from a date.")
public record InitialStatementOverrideResponse(
        UUID id,
        UUID agencyId,
        @Schema(example = "12", minimum = "1", maximum = "720") int hours,
        @Schema(example = "2027-01-01") LocalDate effectiveFrom,
        @Schema(maxLength = 1000) String legalBasis,
        @Schema(maxLength = 255) String createdBy,
        Instant createdAt) {

    static InitialStatementOverrideResponse of(InitialStatementOverride o) {
        return new InitialStatementOverrideResponse(o.id, o.agencyId, o.hours, o.effectiveFrom, o.legalBasis, o.stamp.createdBy(), o.stamp.createdAt());
    }
}
