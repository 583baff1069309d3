package vn.gov.pressinfo.pressresponse.publicfeed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static vn.gov.pressinfo.pressresponse.Fixtures.agency;
import static vn.gov.pressinfo.pressresponse.Fixtures.appointSpokesperson;
import static vn.gov.pressinfo.pressresponse.Fixtures.item;
import static vn.gov.pressinfo.pressresponse.Fixtures.marker;
import static vn.gov.pressinfo.pressresponse.Fixtures.officerOf;
import static vn.gov.pressinfo.pressresponse.Fixtures.person;
import static vn.gov.pressinfo.pressresponse.Fixtures.uniqueUrl;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import vn.gov.pressinfo.pressresponse.Fixtures;

/** The public rebuttal feed is cache-friendly: strong ETag from the bytes, 304, and a sent rebuttal shows at once. */
@QuarkusTest
class PublicRebuttalFeedTest {

    private static final String FEED = "/api/v1/public/rebuttals";
    private static final String ITEMS = "/api/v1/press-items/";
    private static final String SPOKESPERSON = "nguyenthithuha@kiengiang.gov.vn";

    @BeforeEach
    void departmentRole() {
        Fixtures.departmentRole();
    }

    @Test
    void aStrongETagAnswers304AndASentRebuttalShowsAtOnceWithANewETag() {
        String agencyId = agency("Sở Công Thương " + marker());
        appointSpokesperson(agencyId, SPOKESPERSON);
        String id = approvedRebuttal(agencyId);

        ExtractableResponse<Response> first = given().queryParam("size", 100).get(FEED).then().statusCode(200)
                .contentType("application/json")
                .header("ETag", matchesPattern("\"[0-9a-f]{32}\""))
                .header("Cache-Control", equalTo("public, max-age=60"))
                .header("Vary", containsString("Accept"))
                .header("Link", containsString("rel=\"first\""))
                .body("items.caseId", not(hasItem(id))).extract();
        String etag = first.header("ETag");
        long total = Long.parseLong(first.header("X-Total-Count"));

        ExtractableResponse<Response> notModified = given().queryParam("size", 100).header("If-None-Match", etag).get(FEED).then()
                .statusCode(304).header("ETag", equalTo(etag)).header("Cache-Control", equalTo("public, max-age=60")).extract();
        assertThat(notModified.asByteArray()).isEmpty();
        String ldEtag = given().queryParam("size", 100).accept(PublicRebuttalFeed.LD_JSON).get(FEED).then().statusCode(200)
                .contentType(containsString("application/ld+json")).extract().header("ETag");
        assertThat(ldEtag).as("JSON and JSON-LD are two representations").isNotEqualTo(etag);
        given().queryParam("size", 100).accept(PublicRebuttalFeed.LD_JSON).header("If-None-Match", ldEtag).get(FEED).then().statusCode(304);

        officerOf(agencyId).body(Map.of("channel", "EMAIL")).post(ITEMS + id + "/rebuttal/dispatch").then().statusCode(200);

        ExtractableResponse<Response> after = given().queryParam("size", 100).header("If-None-Match", etag).get(FEED).then()
                .statusCode(200).body("items.caseId", hasItem(id)).body("total", equalTo((int) total + 1)).extract();
        assertThat(after.header("ETag")).isNotEqualTo(etag);
        assertThat(after.header("X-Total-Count")).isEqualTo(Long.toString(total + 1));
        given().queryParam("size", 100).accept(PublicRebuttalFeed.LD_JSON).header("If-None-Match", ldEtag).get(FEED).then()
                .statusCode(200).body("url", hasItem(containsString(id)));
    }

    private static String approvedRebuttal(String agencyId) {
        String id = Fixtures.verdict(item(agencyId, uniqueUrl()), "FALSE");
        officerOf(agencyId).body(Map.of("content", "Sở Công Thương đề nghị Báo Điện tử ABC cải chính bài viết.",
                "correctInformation", "Giá xăng dầu không tăng trong tháng này.")).post(ITEMS + id + "/rebuttal").then().statusCode(200);
        person(SPOKESPERSON, agencyId).body(Map.of("note", "Đồng ý gửi")).post(ITEMS + id + "/rebuttal/approval").then().statusCode(200);
        return id;
    }
}
