package vn.gov.pressinfo.pressresponse.incident;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of incidents (for the OpenAPI document: generic pages have no schema of their own). */
@Schema(name = "IncidentPage", description = "One page of incidents.")
public record IncidentPage(List<IncidentResponse> items, @Schema(example = "0") int page, @Schema(example = "20") int size,
        @Schema(example = "3") long total) {
}
