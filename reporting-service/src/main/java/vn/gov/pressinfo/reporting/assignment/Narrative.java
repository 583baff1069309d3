package vn.gov.pressinfo.reporting.assignment;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The narrative sections of a press-work report. */
@Schema(name = "Narrative", description = "Narrative sections of the report.")
public record Narrative(
        @Schema(description = "Results (kết quả đạt được).", example = "Đã tổ chức 04 cuộc họp báo định kỳ.", maxLength = 20000)
        @Size(max = 20000) String results,
        @Schema(description = "Shortcomings (tồn tại, hạn chế).", example = "Một số văn bản cung cấp chậm.", maxLength = 20000)
        @Size(max = 20000) String shortcomings,
        @Schema(description = "Causes (nguyên nhân).", example = "Thiếu cán bộ chuyên trách.", maxLength = 20000)
        @Size(max = 20000) String causes,
        @Schema(description = "Proposals (kiến nghị, đề xuất).", example = "Đề nghị tổ chức tập huấn kỹ năng phát ngôn.", maxLength = 20000)
        @Size(max = 20000) String proposals) {

    public static final Narrative EMPTY = new Narrative(null, null, null, null);
}
