package vn.gov.pressinfo.registry.directory;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static vn.gov.pressinfo.registry.Fixtures.admin;
import static vn.gov.pressinfo.registry.Fixtures.agency;
import static vn.gov.pressinfo.registry.Fixtures.appoint;
import static vn.gov.pressinfo.registry.Fixtures.appointment;
import static vn.gov.pressinfo.registry.Fixtures.authorization;
import static vn.gov.pressinfo.registry.Fixtures.grant;
import static vn.gov.pressinfo.registry.Fixtures.today;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.gov.pressinfo.registry.CsvFiles;

@QuarkusTest
class PublicDirectoryResourceTest {

    private static final String DIRECTORY = "/api/v1/public/spokespersons";

    @Test
    void listsCurrentSpokespersonsAndAuthorizationsWithPublicFieldsOnlyWithoutAToken() {
        LocalDate today = today();
        String agencyId = agency("Sở Văn hóa, Thể thao và Du lịch", "DEPARTMENT");
        String old = appoint(agencyId, appointment("Người tiền nhiệm", "HEAD", today.minusYears(3), null));
        appoint(agencyId, appointment("Nguyễn Thị Thu Hà", "APPOINTED", today.minusDays(2), null)); // supersedes `old`
        String future = agency("Sở Tương Lai", "DEPARTMENT");
        appoint(future, appointment("Chưa nhậm chức", "HEAD", today.plusDays(5), null));
        grant(agencyId, authorization("Trần Văn Minh", today, today.plusDays(30)));
        String revoked = grant(agencyId, authorization("Đã thu hồi", today, today.plusDays(30)));
        admin().header("If-Match", "\"0\"").body(Map.of("reason", "Thu hồi")).post("/api/v1/authorizations/" + revoked + "/revocation")
                .then().statusCode(200);

        given().queryParam("agencyId", agencyId).get(DIRECTORY).then().statusCode(200)
                .contentType("application/json")
                .body("total", equalTo(2))
                .body("items", hasSize(2))
                .body("items[0].kind", equalTo("APPOINTED"))
                .body("items[0].fullName", equalTo("Nguyễn Thị Thu Hà"))
                .body("items[0].title", equalTo("Phó Giám đốc Sở"))
                .body("items[0].phone", equalTo("0297 3862 000"))
                .body("items[0].email", equalTo("nguoiphatngon@kiengiang.gov.vn"))
                .body("items[0].agencyId", equalTo(agencyId))
                .body("items[0].agencyName", equalTo("Sở Văn hóa, Thể thao và Du lịch"))
                .body("items[0].validFrom", equalTo(today.minusDays(2).toString()))
                .body("items[0].validUntil", nullValue())
                .body("items[0].keySet()", equalTo(java.util.Set.of("kind", "fullName", "title", "phone", "email", "agencyId",
                        "agencyName", "validFrom")))
                .body("items[1].kind", equalTo("AUTHORIZED"))
                .body("items[1].fullName", equalTo("Trần Văn Minh"))
                .body("items[1].scope", equalTo("Phát ngôn về công tác phòng, chống thiên tai năm 2026"))
                .body("items[1].validUntil", equalTo(today.plusDays(30).toString()));
        given().queryParam("agencyId", future).get(DIRECTORY).then().body("total", equalTo(0));
        assertThat(old).isNotBlank();
    }

    @Test
    void searchIgnoresAccentsAndFiltersByAgencyType() {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        String commune = agency("UBND xã Tân Hiệp " + marker, "COMMUNE");
        String department = agency("Sở Tư pháp " + marker, "DEPARTMENT");
        appoint(commune, appointment("Đặng Thị Hồng " + marker, "HEAD", "2020-01-01", null));
        appoint(department, appointment("Đặng Văn Hùng " + marker, "HEAD", "2020-01-01", null));

        given().queryParam("q", "dang thi hong " + marker).get(DIRECTORY).then().body("total", equalTo(1))
                .body("items[0].agencyId", equalTo(commune));
        given().queryParam("q", marker.toUpperCase()).get(DIRECTORY).then().body("total", equalTo(2));
        given().queryParam("q", "HÙNG " + marker).get(DIRECTORY).then().body("total", equalTo(1));
        given().queryParam("q", marker).queryParam("agencyType", "DEPARTMENT").get(DIRECTORY).then()
                .body("total", equalTo(1)).body("items[0].fullName", equalTo("Đặng Văn Hùng " + marker));
        given().queryParam("q", "%_" + marker).get(DIRECTORY).then().body("total", equalTo(0));
        given().queryParam("q", "x".repeat(201)).get(DIRECTORY).then().statusCode(400).body("errors[0].field", equalTo("q"));
        given().queryParam("size", 101).get(DIRECTORY).then().statusCode(400);
    }

    @Test
    void strongETagAnd304AndPublicCaching() {
        String agencyId = agency("Sở Thông tin và Truyền thông", "DEPARTMENT");
        appoint(agencyId, appointment("Lê Văn Đức", "HEAD", "2020-01-01", null));
        var first = given().queryParam("agencyId", agencyId).get(DIRECTORY).then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=60"))
                .header("ETag", matchesPattern("\"[0-9a-f]{32}\""))
                .extract();
        String etag = first.header("ETag");

        var notModified = given().queryParam("agencyId", agencyId).header("If-None-Match", etag).get(DIRECTORY).then()
                .statusCode(304).header("ETag", equalTo(etag)).header("Cache-Control", equalTo("public, max-age=60")).extract();
        assertThat(notModified.asByteArray()).isEmpty();
        given().queryParam("agencyId", agencyId).header("If-None-Match", "\"other\", " + etag).get(DIRECTORY).then().statusCode(304);
        given().queryParam("agencyId", agencyId).header("If-None-Match", "\"other\"").get(DIRECTORY).then().statusCode(200);

        // A change shows at once (the cache is dropped on commit) with a new ETag.
        String id = admin().get("/api/v1/agencies/" + agencyId + "/spokespersons").then().extract().path("items[0].id");
        admin().header("If-Match", "\"0\"").body(Map.of("reason", "Nghỉ hưu", "effectiveDate", today().toString()))
                .post("/api/v1/spokespersons/" + id + "/revocation").then().statusCode(200);
        given().queryParam("agencyId", agencyId).header("If-None-Match", etag).get(DIRECTORY).then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void aGrantShowsAtOnceWithANewETagInJsonAndCsv() {
        String agencyId = agency("Sở Nội vụ", "DEPARTMENT");
        appoint(agencyId, appointment("Phạm Thị Lan", "HEAD", "2020-01-01", null));
        String json = given().queryParam("agencyId", agencyId).get(DIRECTORY).then().statusCode(200).body("total", equalTo(1))
                .extract().header("ETag");
        String csv = given().queryParam("agencyId", agencyId).accept("text/csv").get(DIRECTORY).then().statusCode(200)
                .extract().header("ETag");
        given().queryParam("agencyId", agencyId).header("If-None-Match", json).get(DIRECTORY).then().statusCode(304)
                .header("ETag", equalTo(json));
        given().queryParam("agencyId", agencyId).accept("text/csv").header("If-None-Match", csv).get(DIRECTORY).then().statusCode(304)
                .header("ETag", equalTo(csv));

        grant(agencyId, authorization("Võ Minh Quân", today(), today().plusDays(30)));

        String changed = given().queryParam("agencyId", agencyId).header("If-None-Match", json).get(DIRECTORY).then().statusCode(200)
                .body("total", equalTo(2)).body("items[1].fullName", equalTo("Võ Minh Quân")).header("X-Total-Count", "2")
                .extract().header("ETag");
        assertThat(changed).isNotEqualTo(json);
        String changedCsv = given().queryParam("agencyId", agencyId).accept("text/csv").header("If-None-Match", csv).get(DIRECTORY).then()
                .statusCode(200).body(containsString("Võ Minh Quân")).extract().header("ETag");
        assertThat(changedCsv).isNotEqualTo(csv);
    }

    @Test
    void csvHasAByteOrderMarkAVietnameseHeaderVietnameseKindsAndProperQuoting() {
        String agencyId = agency("Sở Văn hóa, Thể thao và Du lịch", "DEPARTMENT");
        var body = appointment("Nguyễn Thị \"Thu\" Hà", "APPOINTED", "2025-03-01", null);
        appoint(agencyId, body);
        LocalDate today = today();
        var authorized = authorization("Trần Văn Minh", today, today.plusDays(30));
        authorized.put("title", "=HYPERLINK(\"http://example.com\",\"Bấm vào đây\")");
        grant(agencyId, authorized);

        var response = given().queryParam("agencyId", agencyId).accept("text/csv").get(DIRECTORY).then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("ETag", matchesPattern("\"[0-9a-f]{32}\""))
                .header("Cache-Control", equalTo("public, max-age=60"))
                .header("Vary", containsString("Accept"))
                .extract();
        byte[] bytes = response.asByteArray();
        CsvFiles.keep("spokespersons.csv", bytes);
        CsvFiles.Parsed csv = CsvFiles.parse(bytes);
        assertThat(csv.header()).containsExactly("Loại", "Họ và tên", "Chức vụ", "Điện thoại", "Thư điện tử", "Cơ quan",
                "Mã định danh cơ quan", "Phạm vi ủy quyền", "Hiệu lực từ ngày", "Hiệu lực đến ngày");
        assertThat(csv.rows()).hasSize(2);
        assertThat(csv.rows().get(0)).containsEntry("Loại", "Người phát ngôn").containsEntry("Họ và tên", "Nguyễn Thị \"Thu\" Hà")
                .containsEntry("Cơ quan", "Sở Văn hóa, Thể thao và Du lịch").containsEntry("Hiệu lực đến ngày", "");
        assertThat(csv.rows().get(1)).containsEntry("Loại", "Người được ủy quyền phát ngôn")
                .containsEntry("Chức vụ", "'=HYPERLINK(\"http://example.com\",\"Bấm vào đây\")")
                .containsEntry("Điện thoại", "+84 912 345 678") // a phone number cannot run anything: written as it is
                .containsEntry("Hiệu lực đến ngày", today.plusDays(30).toString());
        CsvFiles.assertNoEnglishCode(csv);
        List<String> lines = List.of(csv.text().split("\r\n"));
        assertThat(lines.get(1)).isEqualTo("Người phát ngôn,\"Nguyễn Thị \"\"Thu\"\" Hà\",Phó Giám đốc Sở,0297 3862 000,"
                + "nguoiphatngon@kiengiang.gov.vn,\"Sở Văn hóa, Thể thao và Du lịch\"," + agencyId + ",,2025-03-01,");

        String csvTag = response.header("ETag");
        String jsonTag = given().queryParam("agencyId", agencyId).get(DIRECTORY).then().extract().header("ETag");
        assertThat(csvTag).isNotEqualTo(jsonTag);
        given().queryParam("agencyId", agencyId).accept("text/csv").header("If-None-Match", csvTag).get(DIRECTORY).then().statusCode(304);
        given().accept("application/xml").get(DIRECTORY).then().statusCode(406).contentType("application/problem+json");

        // format=csv gives the same file to a plain link (a browser sends Accept: text/html, */*), format=json the JSON
        var linked = given().queryParam("agencyId", agencyId).queryParam("format", "csv").accept("text/html,*/*;q=0.8").get(DIRECTORY)
                .then().statusCode(200).contentType(startsWith("text/csv")).header("Link", containsString("format=csv")).extract();
        assertThat(linked.asByteArray()).isEqualTo(bytes);
        given().queryParam("agencyId", agencyId).queryParam("format", "json").accept("text/csv").get(DIRECTORY).then().statusCode(200)
                .contentType("application/json").body("items[0].kind", equalTo("APPOINTED"));
        given().queryParam("format", "xlsx").get(DIRECTORY).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("format"));
    }

    @Test
    void pingIsPublicAndConstant() {
        given().get("/api/v1/public/ping").then().statusCode(200).contentType("application/json").body("status", equalTo("UP"));
    }
}
