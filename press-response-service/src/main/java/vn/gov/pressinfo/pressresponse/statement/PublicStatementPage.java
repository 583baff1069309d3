package vn.gov.pressinfo.pressresponse.statement;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI shape of a page of the public statement feed. */
@Schema(name = "PublicStatementPage", description = "One page of the public statement feed.")
public record PublicStatementPage(List<PublicStatement> items, @Schema(example = "0") int page, @Schema(example = "20") int size,
        @Schema(example = "12") long total) {
}
