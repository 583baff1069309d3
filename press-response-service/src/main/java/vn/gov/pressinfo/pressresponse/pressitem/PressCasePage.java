package vn.gov.pressinfo.pressresponse.pressitem;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI shape of a page of cases. */
@Schema(name = "PressCasePage", description = "One page of cases.")
public record PressCasePage(List<PressCaseResponse> items, @Schema(example = "0") int page, @Schema(example = "20") int size,
        @Schema(example = "39") long total) {
}
