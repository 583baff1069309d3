package vn.gov.pressinfo.pressresponse.inquiry;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One recorded step of an inquiry. */
@Schema(name = "PressInquiryTransition", description = "One step of an inquiry: the action, the states before and after, who, when and why.")
public record InquiryTransitionResponse(
        @Schema(example = "ANSWERED", maxLength = 50) String action,
        @Schema(example = "ASSIGNED") InquiryState fromState,
        @Schema(example = "ANSWERED") InquiryState toState,
        @Schema(example = "officer@soyte.kiengiang.gov.vn", maxLength = 255) String actor,
        Instant at,
        @Schema(maxLength = 2000) String note) {

    static InquiryTransitionResponse of(InquiryTransition t) {
        return new InquiryTransitionResponse(t.action, t.fromState, t.toState, t.actor, t.at, t.note);
    }
}
