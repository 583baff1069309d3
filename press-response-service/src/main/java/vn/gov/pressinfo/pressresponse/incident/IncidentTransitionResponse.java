package vn.gov.pressinfo.pressresponse.incident;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One recorded change of an incident's agencies. */
@Schema(name = "IncidentTransition", description = "A change of an incident's lead or coordinating agencies: a move by a "
        + "reorganisation or a reassignment by the department.")
public record IncidentTransitionResponse(
        @Schema(description = "MOVED_BY_REORGANISATION, RETURNED_TO_DEPARTMENT, COORDINATION_MOVED or REASSIGNED.",
                example = "MOVED_BY_REORGANISATION", maxLength = 50) String action,
        @Schema(example = "system:reorganisation", maxLength = 255) String actor,
        Instant at,
        @Schema(example = "Chuyển từ Ủy ban nhân dân huyện Châu Thành sang Ủy ban nhân dân xã Châu Thành theo 1234/QĐ-UBND "
                + "(sắp xếp tổ chức lại, hiệu lực 01/07/2025)", maxLength = 2000) String note) {

    static IncidentTransitionResponse of(IncidentTransition t) {
        return new IncidentTransitionResponse(t.action, t.actor, t.at, t.note);
    }
}
