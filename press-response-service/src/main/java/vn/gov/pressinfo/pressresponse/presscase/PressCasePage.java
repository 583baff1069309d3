package vn.gov.pressinfo.pressresponse.presscase;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.pressinfo.web.PageRequest;

/** OpenAPI shape of a page of cases. */
@Schema(name = "PressCasePage", description = "One page of cases.")
public record PressCasePage(@Schema(maxItems = PageRequest.MAX_SIZE) List<PressCaseResponse> items, @Schema(example = "0", minimum = "0", maximum = "100000") int page,
            @Schema(example = "20", minimum = "1", maximum = "100") int size,
            @Schema(example = "39", minimum = "0", maximum = "9223372036854775807") long total) {
}
