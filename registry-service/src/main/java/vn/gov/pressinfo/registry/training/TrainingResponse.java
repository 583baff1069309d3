package vn.gov.pressinfo.registry.training;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.pressinfo.web.list.Rows;

@Schema(name = "Training", description = "A training session (tập huấn, bồi dưỡng).")
public record TrainingResponse(
        @Schema(example = "9d2f6b1a-3c4e-4f5a-8b7c-1d2e3f4a5b6c") UUID id,
        @Schema(example = "Tập huấn kỹ năng phát ngôn và cung cấp thông tin cho báo chí năm 2025", maxLength = 300) String title,
        @Schema(example = "2025-06-12") LocalDate date,
        @Schema(example = "Sở Văn hóa, Thể thao và Du lịch", maxLength = 300) String organizer,
        @Schema(example = "Hội trường Ủy ban nhân dân tỉnh, Rạch Giá", maxLength = 300) String location,
        @Schema(example = "Nghị định 09/2017/NĐ-CP; xử lý thông tin sai sự thật trên báo chí", maxLength = 4000) String description,
        @Schema(example = "2026-11-22T02:30:00Z") Instant createdAt,
        @Schema(example = "press-admin-user", maxLength = 255) String createdBy) {

    /** The columns {@link #of(Rows)} reads, from table {@code training_session t}. */
    static final String COLUMNS = "t.id, t.title, t.held_on, t.organizer, t.location, t.description, t.created_at, t.created_by";

    static TrainingResponse of(Rows r) throws SQLException {
        return new TrainingResponse(r.uuid("id"), r.string("title"), r.date("held_on"), r.string("organizer"), r.string("location"),
                r.string("description"), r.instant("created_at"), r.string("created_by"));
    }

    static TrainingResponse of(TrainingSession t) {
        return new TrainingResponse(t.id, t.title, t.heldOn, t.organizer, t.location, t.description, t.stamp.createdAt(), t.stamp.createdBy());
    }
}
