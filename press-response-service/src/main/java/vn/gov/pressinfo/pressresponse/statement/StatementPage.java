package vn.gov.pressinfo.pressresponse.statement;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of statements (for the OpenAPI document: generic pages have no schema of their own). */
@Schema(name = "StatementPage", description = "One page of recorded statements.")
public record StatementPage(List<StatementResponse> items, @Schema(example = "0") int page, @Schema(example = "20") int size,
        @Schema(example = "3") long total) {
}
