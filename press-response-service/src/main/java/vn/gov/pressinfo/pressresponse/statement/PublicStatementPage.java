package vn.gov.pressinfo.pressresponse.statement;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.pressinfo.web.PageRequest;

/** OpenAPI shape of a page of the public statement feed. */
@Schema(name = "PublicStatementPage", description = "One page of the public statement feed.")
public record PublicStatementPage(@Schema(maxItems = PageRequest.MAX_SIZE) List<PublicStatement> items, @Schema(example = "0", minimum = "0", maximum = "100000") int page,
            @Schema(example = "20", minimum = "1", maximum = "100") int size,
            @Schema(example = "39", minimum = "0", maximum = "9223372036854775807") long total) {
}
