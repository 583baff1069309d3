package vn.gov.pressinfo.pressresponse.publicfeed;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI shape of a page of the public feed. */
@Schema(name = "PublishedRebuttalPage", description = "One page of the public rebuttal feed.")
public record PublishedRebuttalPage(List<PublishedRebuttal> items, @Schema(example = "0") int page, @Schema(example = "20") int size,
        @Schema(example = "39") long total) {
}
