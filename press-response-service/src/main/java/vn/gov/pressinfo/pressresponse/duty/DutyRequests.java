package vn.gov.pressinfo.pressresponse.duty;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.pressinfo.pressresponse.statement.InformationForm;

/** The request bodies of the press duty endpoints. */
public final class DutyRequests {

    private DutyRequests() {
    }

    /** A new periodic duty. */
    @Schema(name = "CreatePressDutyRequest", description = "A periodic duty to inform the press, for one agency (agencyId) or every "
            + "active agency of a type (agencyType), not both.")
    public record Create(
            @Schema(description = "The one agency that owes the duty (from registry); or give agencyType.",
                    example = "3f1c2a9e-7d44-4a53-9b0e-1d2f3a4b5c6d")
            UUID agencyId,
            @Schema(description = "Every active agency of this type of the agency directory owes it, e.g. PROVINCE; or give agencyId.",
                    example = "PROVINCE", maxLength = 50, pattern = "^[A-Z][A-Z0-9_]*$")
            @Size(max = 50) @Pattern(regexp = "[A-Z][A-Z0-9_]*", message = "must be an agency type code such as PROVINCE") String agencyType,
            @Schema(description = "The duty, in Vietnamese.", example = "Sở Y tế cung cấp thông tin định kỳ cho báo chí hằng quý", maxLength = 500)
            @NotBlank @Size(max = 500) String name,
            @Schema(description = "MONTHLY or QUARTERLY (calendar periods, Asia/Ho_Chi_Minh).", example = "QUARTERLY")
            @NotNull DutyFrequency frequency,
            @Schema(description = "The forms of providing information that meet it (Decree 09/2017 Art. 4); at least one.",
                    example = "[\"PRESS_CONFERENCE\", \"PRESS_BRIEFING\"]", minItems = 1, maxItems = 6)
            @NotEmpty @Size(max = 6) List<@NotNull InformationForm> forms,
            @Schema(description = "Statements needed per period; defaults to 1.", example = "1", minimum = "1", maximum = "100")
            @Min(1) @Max(100) Integer minCount,
            @Schema(description = "First day it applies.", example = "2027-01-01")
            @NotNull LocalDate effectiveFrom,
            @Schema(description = "Last day it applies; open-ended when absent.", example = "2030-12-31")
            LocalDate effectiveTo,
            @Schema(description = "Where it comes from.", example = "Quy chế phát ngôn của Sở Y tế (Quyết định số 15/QĐ-SYT)", maxLength = 1000)
            @NotBlank @Size(max = 1000) String legalBasis) {
    }
}
