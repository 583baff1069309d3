package vn.gov.pressinfo.pressresponse.statement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static vn.gov.pressinfo.pressresponse.Fixtures.agency;
import static vn.gov.pressinfo.pressresponse.Fixtures.appointSpokesperson;
import static vn.gov.pressinfo.pressresponse.Fixtures.marker;
import static vn.gov.pressinfo.pressresponse.Fixtures.officerOf;
import static vn.gov.pressinfo.pressresponse.statement.Statements.PATH;
import static vn.gov.pressinfo.pressresponse.statement.Statements.PUBLIC_PATH;
import static vn.gov.pressinfo.pressresponse.statement.Statements.SPOKESPERSON;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The public statement feed: no token, public statements only, JSON and Atom 1.0, strong ETag and 304. */
@QuarkusTest
class PublicStatementFeedTest {

    @Test
    void theFeedListsPublicStatementsNewestFirstWithoutAToken() {
        String agencyId = agency("Sở Giáo dục và Đào tạo " + marker());
        appointSpokesperson(agencyId, SPOKESPERSON);
        Map<String, Object> older = Statements.body(agencyId, true, 30);
        Map<String, Object> newer = Statements.body(agencyId, true, 3);
        newer.put("form", "PORTAL_POSTING");
        String olderId = record(agencyId, older);
        String newerId = record(agencyId, newer);
        record(agencyId, Statements.body(agencyId, false, 1)); // not public: never on the feed

        given().queryParam("agencyId", agencyId).get(PUBLIC_PATH).then().log().ifValidationFails().statusCode(200)
                .contentType("application/json").header("Cache-Control", "public, max-age=60")
                .body("total", equalTo(2)).body("items.id", equalTo(List.of(newerId, olderId)))
                .body("items[0].formLabel", equalTo("Đăng tải trên cổng/trang thông tin điện tử"))
                .body("items[1].formLabel", equalTo("Họp báo"))
                .body("items[0].url", equalTo("https://pressinfo.gov.vn/phan-hoi/phat-ngon/" + newerId))
                .body("items[0].spokespersonName", equalTo("Nguyễn Thị Thu Hà"))
                .body("items[0]", not(org.hamcrest.Matchers.hasKey("recordedBy")));
        given().queryParam("agencyId", agencyId).queryParam("size", 1).get(PUBLIC_PATH).then().statusCode(200)
                .body("items.id", equalTo(List.of(newerId))).header("Link", org.hamcrest.Matchers.containsString("rel=\"next\""));
        given().queryParam("agencyId", agencyId).queryParam("from", "2026-12-01").queryParam("to", "2026-11-01").get(PUBLIC_PATH).then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("to"));
    }

    @Test
    void theAtomFeedHasTheElementsRfc4287Requires() throws Exception {
        String agencyId = agency("Sở Văn hóa và Thể thao " + marker());
        appointSpokesperson(agencyId, SPOKESPERSON);
        Map<String, Object> body = Statements.body(agencyId, true, 2);
        body.put("form", "WRITTEN_ANSWER");
        body.put("content", "Thông cáo <khẩn> & \"quan trọng\" về lễ hội.");
        String id = record(agencyId, body);

        Response response = given().accept("application/atom+xml").queryParam("agencyId", agencyId).get(PUBLIC_PATH);
        response.then().statusCode(200).contentType("application/atom+xml").header("ETag", org.hamcrest.Matchers.startsWith("\""));
        Feed feed = (Feed) new WireFeedInput().build(new StringReader(response.asString()));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getId()).isNotBlank();
        assertThat(feed.getTitle()).isNotBlank();
        assertThat(feed.getUpdated()).isNotNull();
        assertThat(feed.getEntries()).hasSize(1);
        Entry entry = feed.getEntries().get(0);
        assertThat(entry.getId()).isEqualTo("urn:uuid:" + id);
        assertThat(entry.getTitle()).isEqualTo(body.get("title"));
        assertThat(entry.getUpdated()).isNotNull();
        assertThat(entry.getPublished().toInstant()).isEqualTo(java.time.Instant.parse((String) body.get("issuedAt")));
        assertThat(feed.getAuthors().isEmpty() && entry.getAuthors().isEmpty()).as("feed or entry author").isFalse();
        assertThat(entry.getAuthors().get(0).getName()).startsWith("Sở Văn hóa và Thể thao");
        assertThat(entry.getAlternateLinks()).singleElement()
                .satisfies(l -> assertThat(l.getHref()).isEqualTo("https://pressinfo.gov.vn/phan-hoi/phat-ngon/" + id));
        assertThat(entry.getSummary().getValue()).isEqualTo(body.get("content"));
        assertThat(entry.getCategories()).singleElement().satisfies(c -> {
            assertThat(c.getTerm()).isEqualTo("WRITTEN_ANSWER");
            assertThat(c.getLabel()).isEqualTo("Thông cáo báo chí, trả lời bằng văn bản");
        });
    }

    @Test
    void aStrongETagAnswers304UntilAStatementIsRecorded() {
        String agencyId = agency("Sở Tư pháp " + marker());
        appointSpokesperson(agencyId, SPOKESPERSON);
        record(agencyId, Statements.body(agencyId, true, 5));
        String etag = given().queryParam("agencyId", agencyId).get(PUBLIC_PATH).then().statusCode(200).extract().header("ETag");
        assertThat(etag).startsWith("\"").endsWith("\"");
        given().queryParam("agencyId", agencyId).header("If-None-Match", etag).get(PUBLIC_PATH).then().statusCode(304)
                .header("ETag", etag).header("Cache-Control", "public, max-age=60");
        String atomEtag = given().accept("application/atom+xml").queryParam("agencyId", agencyId).get(PUBLIC_PATH).then().statusCode(200)
                .extract().header("ETag");
        assertThat(atomEtag).as("JSON and Atom are different representations").isNotEqualTo(etag);

        record(agencyId, Statements.body(agencyId, true, 1));
        String next = given().queryParam("agencyId", agencyId).header("If-None-Match", etag).get(PUBLIC_PATH).then().statusCode(200)
                .body("total", equalTo(2)).extract().header("ETag");
        assertThat(next).isNotEqualTo(etag);
    }

    @Test
    void theAtomFeedAnswers304AndARecordedStatementShowsAtOnceWithANewETag() throws Exception {
        String agencyId = agency("Sở Xây dựng " + marker());
        appointSpokesperson(agencyId, SPOKESPERSON);
        record(agencyId, Statements.body(agencyId, true, 5));
        Response first = given().accept("application/atom+xml").queryParam("agencyId", agencyId).get(PUBLIC_PATH);
        first.then().statusCode(200).header("Cache-Control", "public, max-age=60").header("Vary", org.hamcrest.Matchers.containsString("Accept"))
                .header("ETag", org.hamcrest.Matchers.matchesPattern("\"[0-9a-f]{32}\""));
        String etag = first.header("ETag");
        Response notModified = given().accept("application/atom+xml").queryParam("agencyId", agencyId).header("If-None-Match", etag)
                .get(PUBLIC_PATH);
        notModified.then().statusCode(304).header("ETag", etag).header("Cache-Control", "public, max-age=60");
        assertThat(notModified.asByteArray()).isEmpty();

        String id = record(agencyId, Statements.body(agencyId, true, 1));
        Response after = given().accept("application/atom+xml").queryParam("agencyId", agencyId).header("If-None-Match", etag)
                .get(PUBLIC_PATH);
        after.then().statusCode(200).header("X-Total-Count", "2");
        assertThat(after.header("ETag")).isNotEqualTo(etag);
        Feed feed = (Feed) new WireFeedInput().build(new StringReader(after.asString()));
        assertThat(feed.getEntries()).extracting(Entry::getId).contains("urn:uuid:" + id);
    }

    private static String record(String agencyId, Map<String, Object> body) {
        return officerOf(agencyId).body(body).post(PATH).then().log().ifValidationFails().statusCode(201).extract().path("id");
    }
}
