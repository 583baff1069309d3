package vn.gov.pressinfo.pressresponse.publicfeed;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A rebuttal as schema.org ClaimReview JSON-LD (https://schema.org/ClaimReview), as fact-check crawlers read it. */
@Schema(name = "ClaimReview", description = "schema.org ClaimReview (JSON-LD) of one sent rebuttal.")
@JsonPropertyOrder({"@context", "@type", "url", "claimReviewed", "itemReviewed", "reviewRating", "author", "datePublished", "reviewBody"})
public record ClaimReview(
        @JsonProperty("@context") @Schema(name = "@context", example = "https://schema.org", maxLength = 50) String context,
        @JsonProperty("@type") @Schema(name = "@type", example = "ClaimReview", maxLength = 50) String type,
        @Schema(example = "https://pressinfo.gov.vn/phan-hoi/7e6d5c4b-3a29-4180-b7f6-e5d4c3b2a190", maxLength = 2000) String url,
        @Schema(example = "Phát hiện ổ dịch lạ tại Rạch Giá", maxLength = 500) String claimReviewed,
        Claim itemReviewed,
        Rating reviewRating,
        Organization author,
        @Schema(example = "2026-11-24", maxLength = 10) String datePublished,
        @Schema(description = "The correct information.", maxLength = 5000) String reviewBody) {

    /** The claim and where it appeared. */
    @Schema(name = "ClaimReviewClaim")
    @JsonPropertyOrder({"@type", "appearance"})
    public record Claim(@JsonProperty("@type") @Schema(name = "@type", example = "Claim", maxLength = 50) String type, @Schema(maxItems = 1) List<CreativeWork> appearance) {
    }

    /** Where the claim appeared. */
    @Schema(name = "ClaimReviewAppearance")
    @JsonPropertyOrder({"@type", "url", "publisher"})
    public record CreativeWork(@JsonProperty("@type") @Schema(name = "@type", example = "CreativeWork", maxLength = 50) String type,
            @Schema(example = "https://baoabc.vn/tin-gia-ve-dich-benh-123.html", maxLength = 2000) String url, Organization publisher) {
    }

    /** The verdict. */
    @Schema(name = "ClaimReviewRating")
    @JsonPropertyOrder({"@type", "alternateName"})
    public record Rating(@JsonProperty("@type") @Schema(name = "@type", example = "Rating", maxLength = 50) String type,
            @Schema(example = "Tin giả / sai sự thật", maxLength = 200) String alternateName) {
    }

    /** An organisation: the reviewing agency or the outlet. */
    @Schema(name = "ClaimReviewOrganization")
    @JsonPropertyOrder({"@type", "name"})
    public record Organization(@JsonProperty("@type") @Schema(name = "@type", example = "GovernmentOrganization", maxLength = 50) String type,
            @Schema(example = "Sở Y tế", maxLength = 300) String name) {
    }

    static ClaimReview of(PublishedRebuttal r) {
        return new ClaimReview("https://schema.org", "ClaimReview", r.url(), r.claim(),
                new Claim("Claim", List.of(new CreativeWork("CreativeWork", r.itemUrl(), new Organization("Organization", r.outletName())))),
                new Rating("Rating", r.verdictLabel()),
                new Organization("GovernmentOrganization", r.agencyName()),
                r.date().atZone(vn.gov.pressinfo.web.BusinessTime.ZONE).toLocalDate().toString(),
                r.correctInformation());
    }
}
