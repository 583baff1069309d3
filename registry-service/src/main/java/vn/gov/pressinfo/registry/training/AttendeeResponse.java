package vn.gov.pressinfo.registry.training;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Attendee", description = "Someone who attended a training session for an agency.")
public record AttendeeResponse(
        @Schema(example = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f") UUID id,
        @Schema(example = "9d2f6b1a-3c4e-4f5a-8b7c-1d2e3f4a5b6c") UUID trainingId,
        @Schema(example = "3f1c2a9e-7d44-4a53-9b0e-1d2f3a4b5c6d") UUID agencyId,
        @Schema(example = "Nguyễn Văn An", maxLength = 200) String fullName,
        @Schema(example = "Phó Giám đốc Sở", maxLength = 300) String title,
        AttendedAs attendedAs,
        @Schema(example = "2026-11-22T02:30:00Z") Instant recordedAt,
        @Schema(example = "officer-3f1c2a9e", maxLength = 255) String recordedBy) {

    static AttendeeResponse of(TrainingAttendance a) {
        return new AttendeeResponse(a.id, a.trainingId, a.agencyId, a.fullName, a.title, a.attendedAs, a.recordedAt, a.recordedBy);
    }
}
