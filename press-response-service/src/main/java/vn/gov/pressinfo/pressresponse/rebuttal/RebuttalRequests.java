package vn.gov.pressinfo.pressresponse.rebuttal;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of the rebuttal commands. */
public final class RebuttalRequests {

    private RebuttalRequests() {
    }

    @Schema(name = "RebuttalDraft", description = "The letter's text and the correct information it states.")
    public record Draft(
            @Schema(description = "The letter.", example = "Sở Y tế tỉnh Kiên Giang đề nghị Báo Điện tử ABC cải chính bài viết ...",
                    maxLength = 20000) @NotBlank @Size(max = 20000) String content,
            @Schema(description = "The correct information, as shown in the public feed.",
                    example = "Không có ca tử vong nào liên quan đến dịch bệnh tại Rạch Giá.", maxLength = 5000)
            @NotBlank @Size(max = 5000) String correctInformation) {
    }

    @Schema(name = "RebuttalApproval", description = "The approval by the agency's spokesperson or head.")
    public record Approval(
            @Schema(description = "A note.", example = "Đồng ý gửi", maxLength = 2000) @Size(max = 2000) String note) {
    }

    @Schema(name = "RebuttalDispatch", description = "How and when the approved letter was sent.")
    public record Dispatch(
            @Schema(description = "How it was sent.", example = "OFFICIAL_DOCUMENT_SYSTEM") @NotNull Channel channel,
            @Schema(description = "When it was sent (UTC); now when absent. Not in the future.", example = "2026-11-24T02:00:00Z")
            Instant sentAt,
            @Schema(description = "Number of the official letter.", example = "125/SYT-VP", maxLength = 100) @Size(max = 100)
            String documentNumber,
            @Schema(description = "The press agency addressed; the outlet name when absent.", example = "Ban Biên tập Báo Điện tử ABC",
                    maxLength = 300) @Size(max = 300) String recipient,
            @Schema(description = "Others in copy besides the press management department (the holder of the role on the day of sending), which always is.", maxItems = 10)
            @Size(max = 10) List<@NotBlank @Size(max = 300) String> copyTo) {
    }
}
