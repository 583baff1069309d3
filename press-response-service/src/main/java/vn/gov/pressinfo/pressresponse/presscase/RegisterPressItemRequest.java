package vn.gov.pressinfo.pressresponse.presscase;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.pressinfo.web.TextSearch;

/** A press item spotted as possibly carrying false information. */
@Schema(name = "RegisterPressItem", description = "A press item to follow as a case.")
public record RegisterPressItemRequest(
        @Schema(description = "The press agency or page that published it.", example = "Báo Điện tử ABC", maxLength = 300)
        @NotBlank @Size(max = 300) String outletName,
        @Schema(description = "The press agency in registry, when the outlet is a registered one.") UUID pressAgencyId,
        @Schema(description = "Medium of the outlet; decides the correction deadline.", example = "ONLINE") @NotNull Medium medium,
        @Schema(description = "Address of the item (http or https). Stored as given; its normalised form must be unique.",
                example = "https://baoabc.vn/tin-gia-ve-dich-benh-123.html?utm_source=facebook", maxLength = 2000)
        @NotBlank @Size(max = 2000) @Pattern(regexp = "[hH][tT][tT][pP][sS]?://\\S+", message = "must be an absolute http or https address") String url,
        @Schema(description = "Title of the item.", example = "Phát hiện ổ dịch lạ tại Rạch Giá", maxLength = 500)
        @NotBlank @Size(max = 500) String title,
        @Schema(description = "When the item was published (UTC).", example = "2026-11-21T23:10:00Z") @NotNull Instant publishedAt,
        @Schema(description = "The passage at issue.", example = "Bài viết cho rằng đã có 50 ca tử vong do dịch lạ.", maxLength = 5000)
        @Size(max = 5000) String excerpt,
        @Schema(description = "The agency the item is about; it becomes the responsible agency unless reassigned. Must be known "
                + "from registry's agency events.") @NotNull UUID concernedAgencyId,
        @Schema(description = "Topic.", example = "HEALTH") @NotNull Topic topic,
        @Schema(description = "Sensitivity: NORMAL, SENSITIVE (nhạy cảm) or HOT (nóng).", example = "HOT") @NotNull Sensitivity sensitivity,
        @Schema(description = "Who spotted it.", example = "MONITORING") @NotNull DetectionSource source) {

    RegisterPressItemRequest cleaned() {
        return new RegisterPressItemRequest(TextSearch.clean(outletName), pressAgencyId, medium, url.trim(), TextSearch.clean(title),
                publishedAt, TextSearch.clean(excerpt), concernedAgencyId, topic, sensitivity, source);
    }
}
