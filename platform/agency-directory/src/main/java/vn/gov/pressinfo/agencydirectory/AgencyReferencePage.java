package vn.gov.pressinfo.agencydirectory;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.pressinfo.web.PageRequest;

/**
 * OpenAPI shape of a page of agencies, for the {@code GET /api/v1/agencies} resource a service declares over
 * {@link AgencyDirectory#search}.
 */
@Schema(name = "AgencyReferencePage")
public record AgencyReferencePage(@Schema(maxItems = PageRequest.MAX_SIZE) List<AgencyView> items,
        @Schema(example = "0", minimum = "0", maximum = "100000") int page,
        @Schema(example = "20", minimum = "1", maximum = "100") int size,
        @Schema(example = "39", minimum = "0", maximum = "9223372036854775807") long total) {
}
