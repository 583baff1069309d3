package vn.gov.pressinfo.pressresponse.presscase;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One recorded step of a case. */
@Schema(name = "CaseTransition", description = "One step of a case: the action, the states before and after, who, when and why.")
public record TransitionResponse(
        @Schema(example = "VERDICT_RECORDED", maxLength = 50) String action,
        @Schema(example = "VERIFYING") CaseState fromState,
        @Schema(example = "FLAGGED") CaseState toState,
        @Schema(example = "monitor@kiengiang.gov.vn", maxLength = 255) String actor,
        Instant at,
        @Schema(maxLength = 2000) String note) {

    static TransitionResponse of(CaseTransition t) {
        return new TransitionResponse(t.action, t.fromState, t.toState, t.actor, t.at, t.note);
    }
}
