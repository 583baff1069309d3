package vn.gov.pressinfo.reporting.assignment;

import jakarta.validation.constraints.Size;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Draft", description = "The agency's draft; values the suite already knows are prefilled when nothing was saved yet.")
public record DraftResponse(
        ReportContent content,
        @Schema(description = "Indicator keys whose value was prefilled from events the suite holds (rebuttals sent; press inquiries answered, on time, late, refused; "
                + "statements issued: press conferences, press releases, interviews, documents provided on request).",
                example = "[\"falseInfoResponses\"]", maxItems = 100) List<@Size(max = 300) String> prefilled,
        @Schema(description = "Version of the assignment (the ETag to send with If-Match).", example = "0", minimum = "0", maximum = "9223372036854775807") long version) {
}
