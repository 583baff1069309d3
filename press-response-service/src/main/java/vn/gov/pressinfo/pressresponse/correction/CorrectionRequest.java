package vn.gov.pressinfo.pressresponse.correction;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A published correction and how it measures up to the Press Law. */
@Schema(name = "CorrectionRequest", description = "The correction the press agency published, with the checks of the Press Law.")
public record CorrectionRequest(
        @Schema(description = "Where the correction was published (for print and broadcast: a scan or recording link).",
                example = "https://baoabc.vn/cai-chinh-123.html", maxLength = 2000)
        @NotBlank @Size(max = 2000) @Pattern(regexp = "(?i)https?://\\S+", message = "must be an absolute http or https address") String url,
        @Schema(description = "Date it was published; not in the future.", example = "2026-11-24") @NotNull LocalDate publishedOn,
        @Schema(description = "It names the corrected work, the issue and the date, the false and the correct content.", example = "true")
        @NotNull Boolean namesCorrectedWork,
        @Schema(description = "It is at the same position and in the same typeface as the original.", example = "true")
        @NotNull Boolean samePositionAndTypeface,
        @Schema(description = "Online media (ONLINE, SOCIAL): it stays up at least 7 days. Required for them, ignored otherwise.",
                example = "true") Boolean keptOnlineSevenDays,
        @Schema(description = "Online media (ONLINE, SOCIAL): the original was removed. Required for them, ignored otherwise.",
                example = "true") Boolean originalRemoved,
        @Schema(description = "A note.", example = "Cải chính đăng ở chuyên mục Thời sự.", maxLength = 2000) @Size(max = 2000) String note) {
}
