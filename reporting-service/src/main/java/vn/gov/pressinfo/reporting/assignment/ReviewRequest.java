package vn.gov.pressinfo.reporting.assignment;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The department's decision on a submitted report: a comment (required when returning). */
@Schema(name = "ReviewRequest", description = "A comment with an acceptance, or what must be revised with a return.")
public record ReviewRequest(
        @Schema(description = "Comment; required to return a report.", example = "Đề nghị bổ sung số liệu họp báo quý IV.", maxLength = 4000)
        @Size(max = 4000) String comment) {
}
