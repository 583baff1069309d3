package vn.gov.pressinfo.reporting.assignment;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AssignmentTransition", description = "One recorded change of an assignment.")
public record TransitionResponse(
        @Schema(description = "State before; null when the assignment was created.") AssignmentState fromState,
        AssignmentState toState,
        @Schema(example = "press-admin@stttt.kiengiang.gov.vn", maxLength = 255) String actor,
        Instant at,
        @Schema(example = "Bổ sung số liệu họp báo quý IV", maxLength = 4000) String note) {

    static TransitionResponse of(AssignmentTransition t) {
        return new TransitionResponse(t.fromState, t.toState, t.actor, t.at, t.note);
    }
}
