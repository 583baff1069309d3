package vn.gov.pressinfo.pressresponse.publicfeed;

import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.pressinfo.pressresponse.presscase.Medium;
import vn.gov.pressinfo.pressresponse.presscase.Verdict;
import vn.gov.pressinfo.web.list.Rows;

/** One entry of the public feed: a sent rebuttal. */
@Schema(name = "PublishedRebuttal", description = "A rebuttal the agency sent: the claim, the verdict, the correct information.")
public record PublishedRebuttal(
        @Schema(description = "The case.") UUID caseId,
        @Schema(description = "The claim: the item's title.", example = "Phát hiện ổ dịch lạ tại Rạch Giá", maxLength = 500) String claim,
        @Schema(description = "The passage at issue.", example = "Bài viết cho rằng đã có 50 ca tử vong do dịch lạ.", maxLength = 5000) String excerpt,
        @Schema(example = "FALSE") Verdict verdict,
        @Schema(description = "The verdict in Vietnamese.", example = "Tin giả / sai sự thật", maxLength = 200) String verdictLabel,
        @Schema(example = "Không có ca tử vong nào liên quan đến dịch bệnh tại Rạch Giá.", maxLength = 5000) String correctInformation,
        @Schema(example = "Sở Y tế", maxLength = 300) String agencyName,
        @Schema(description = "When the rebuttal was sent (UTC).") Instant date,
        @Schema(example = "Báo Điện tử ABC", maxLength = 300) String outletName,
        @Schema(example = "ONLINE") Medium medium,
        @Schema(example = "https://baoabc.vn/tin-gia-ve-dich-benh-123.html", maxLength = 2000) String itemUrl,
        @Schema(description = "The public page of this rebuttal.", example = "https://pressinfo.gov.vn/phan-hoi/7e6d5c4b-3a29-4180-b7f6-e5d4c3b2a190", maxLength = 2000)
        String url) {

    /** The columns {@link #of(Rows, String)} reads, from {@code rebuttal r JOIN press_case c}. */
    static final String COLUMNS = "c.id AS case_id, c.title, c.excerpt, c.verdict, r.correct_information, c.responsible_agency_name, "
            + "r.sent_at, c.outlet_name, c.medium, c.url";

    /** @param base the public base URL, ending with a slash: the rebuttal's page is base + case id */
    static PublishedRebuttal of(Rows r, String base) throws SQLException {
        UUID caseId = r.uuid("case_id");
        Verdict verdict = r.enumOf(Verdict.class, "verdict");
        return new PublishedRebuttal(caseId, r.string("title"), r.string("excerpt"), verdict, verdict.label(),
                r.string("correct_information"), r.string("responsible_agency_name"), r.instant("sent_at"), r.string("outlet_name"),
                r.enumOf(Medium.class, "medium"), r.string("url"), base + caseId);
    }
}
