package vn.gov.pressinfo.registry.training;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.gov.pressinfo.web.TextSearch;

@Schema(name = "TrainingDetails", description = "A training session (tập huấn, bồi dưỡng) as sent to record it.")
public record TrainingDetails(
        @Schema(description = "Title of the session.", example = "Tập huấn kỹ năng phát ngôn và cung cấp thông tin cho báo chí năm 2025", maxLength = 300)
        @NotBlank @Size(max = 300)
        String title,
        @Schema(description = "Day the session was held.", example = "2025-06-12")
        @NotNull
        LocalDate date,
        @Schema(description = "Who organised it.", example = "Sở Văn hóa, Thể thao và Du lịch", maxLength = 300)
        @NotBlank @Size(max = 300)
        String organizer,
        @Schema(description = "Where it was held.", example = "Hội trường Ủy ban nhân dân tỉnh, Rạch Giá", maxLength = 300)
        @NotBlank @Size(max = 300)
        String location,
        @Schema(description = "Programme, speakers, materials.", example = "Nghị định 09/2017/NĐ-CP; xử lý thông tin sai sự thật trên báo chí", maxLength = 4000)
        @Size(max = 4000)
        String description) {

    TrainingDetails cleaned() {
        String text = TextSearch.clean(description);
        return new TrainingDetails(TextSearch.clean(title), date, TextSearch.clean(organizer), TextSearch.clean(location),
                text == null || text.isEmpty() ? null : text);
    }
}
