package vn.gov.pressinfo.pressresponse.incident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request bodies of the incident endpoints. */
public final class IncidentRequests {

    private IncidentRequests() {
    }

    /** An unexpected or serious event, as registered. */
    @Schema(name = "RegisterIncidentRequest", description = "An unexpected or serious event (vụ việc đột xuất, bất thường) with its "
            + "lead and coordinating agencies.")
    public record Register(
            @Schema(description = "What happened.", example = "Sạt lở bờ sông Cái Lớn làm sập 5 căn nhà tại xã Vĩnh Hòa Hiệp",
                    maxLength = 2000)
            @NotBlank @Size(max = 2000) String summary,
            @Schema(description = "SERIOUS (nghiêm trọng), VERY_SERIOUS (rất nghiêm trọng), ESPECIALLY_SERIOUS (đặc biệt nghiêm trọng).",
                    example = "VERY_SERIOUS")
            @NotNull IncidentSeverity severity,
            @Schema(description = "When it happened (UTC); not after knownAt.", example = "2026-11-23T20:30:00Z")
            @NotNull Instant occurredAt,
            @Schema(description = "When it became known (UTC); not in the future. The initial statement deadline runs from it.",
                    example = "2026-11-23T22:00:00Z")
            @NotNull Instant knownAt,
            @Schema(description = "The lead agency (chủ trì), which owes the initial statement.", example = "3f1c2a9e-7d44-4a53-9b0e-1d2f3a4b5c6d")
            @NotNull UUID leadAgencyId,
            @Schema(description = "Coordinating agencies (phối hợp), 0 to 20, known agencies other than the lead.", maxItems = 20)
            @Size(max = 20) List<@NotNull UUID> coordinatingAgencyIds) {
    }

    /** An agency's own initial statement deadline. */
    @Schema(name = "InitialStatementOverrideRequest", description = "An agency's own initial statement deadline in hours, from a date.")
    public record Override(
            @Schema(description = "Hours from the event becoming known, 1 to 720.", example = "12", minimum = "1", maximum = "720")
            @NotNull @Min(1) @Max(720) Integer hours,
            @Schema(description = "The day (Asia/Ho_Chi_Minh) from which it applies to incidents becoming known.", example = "2027-01-01")
            @NotNull LocalDate effectiveFrom,
            @Schema(description = "Where it comes from.", example = "Quy chế phát ngôn của Sở Y tế (Quyết định số 15/QĐ-SYT)", maxLength = 1000)
            @NotBlank @Size(max = 1000) String legalBasis) {
    }
}
