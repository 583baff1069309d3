package vn.gov.pressinfo.pressresponse.inquiry;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.pressinfo.web.PageRequest;

/** One page of inquiries (for the OpenAPI document: generic pages have no schema of their own). */
@Schema(name = "PressInquiryPage", description = "One page of press inquiries.")
public record PressInquiryPage(@Schema(maxItems = PageRequest.MAX_SIZE) List<PressInquiryResponse> items, @Schema(example = "0", minimum = "0", maximum = "100000") int page,
            @Schema(example = "20", minimum = "1", maximum = "100") int size,
            @Schema(example = "39", minimum = "0", maximum = "9223372036854775807") long total) {
}
