package vn.gov.pressinfo.pressresponse.inquiry;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of inquiries (for the OpenAPI document: generic pages have no schema of their own). */
@Schema(name = "PressInquiryPage", description = "One page of press inquiries.")
public record PressInquiryPage(List<PressInquiryResponse> items, @Schema(example = "0") int page, @Schema(example = "20") int size,
        @Schema(example = "3") long total) {
}
