package vn.gov.pressinfo.reporting.compliance.published;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What press-admin publishes: a period's list of one kind, the decision that adopts it and, optionally, its agencies. */
@Schema(name = "PublishComplianceList", description = "A period's commendation proposal or list of agencies that did not perform well, with "
        + "the decision that adopts it. Without agencyIds the list is derived from the period's compliance scores by the rule of "
        + "GET /api/v1/compliance/scores (at or above the commendation threshold; below the public-list threshold).")
public record PublishComplianceList(
        @Schema(description = "Reporting period with the Decree 09/2019 cut-off, as compliance scores use it.", example = "2025")
        @NotBlank @Size(max = 20) String period,
        @Schema(example = "NOT_PERFORMING_WELL") @NotNull ComplianceListKind kind,
        @NotNull @Valid Decision decision,
        @Schema(description = "The agencies on the list, in order; their names, types and scores are snapshotted. Omit to derive the list from "
                + "the scores.", example = "[\"3f1c2a9e-7d44-4a53-9b0e-1d2f3a4b5c6d\"]")
        @Size(max = 5000) List<@NotNull UUID> agencyIds) {

    /** The decision (quyết định) that adopts the list. */
    @Schema(name = "ComplianceListDecision", description = "The decision that adopts the list.")
    public record Decision(
            @Schema(example = "125/QĐ-SVHTTDL") @NotBlank @Size(max = 60) String number,
            @Schema(example = "2025-12-22") @NotNull LocalDate date,
            @Schema(description = "Who signed the decision; printed in the signature block of the list.", example = "Nguyễn Văn An")
            @NotBlank @Size(max = 200) String signer) {
    }
}
