package vn.gov.pressinfo.registry.spokesperson;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The revocation of a spokesperson's appointment or of an authorization. */
@Schema(name = "Revocation", description = "Revokes an appointment or an authorization from an effective date.")
public record RevocationRequest(
        @Schema(description = "First day on which the person no longer speaks for the agency; today (Asia/Ho_Chi_Minh) when omitted.",
                example = "2026-01-15")
        LocalDate effectiveDate,
        @Schema(description = "Why, with the revoking decision if there is one.", example = "Điều động công tác khác theo Quyết định 45/QĐ-UBND",
                maxLength = 1000)
        @NotBlank @Size(max = 1000) String reason) {
}
