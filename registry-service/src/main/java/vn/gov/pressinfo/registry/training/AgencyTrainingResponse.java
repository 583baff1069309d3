package vn.gov.pressinfo.registry.training;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AgencyTraining", description = "A training session an agency attended, who went for it, and whether its "
        + "spokesperson went in person.")
public record AgencyTrainingResponse(
        TrainingResponse training,
        @Schema(description = "True when at least one attendee went as the agency's spokesperson; false when only substitutes went.",
                example = "true") boolean spokespersonAttended,
        @Schema(maxItems = 1000) List<AttendeeResponse> attendees) {

    static AgencyTrainingResponse of(TrainingService.AgencyTraining t) {
        return new AgencyTrainingResponse(TrainingResponse.of(t.training()), t.spokespersonAttended(),
                t.attendees().stream().map(AttendeeResponse::of).toList());
    }
}
