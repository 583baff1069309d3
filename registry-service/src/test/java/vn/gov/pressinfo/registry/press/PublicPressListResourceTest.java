package vn.gov.pressinfo.registry.press;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static vn.gov.pressinfo.registry.Api.admin;
import static vn.gov.pressinfo.registry.Api.marker;
import static vn.gov.pressinfo.registry.Fixtures.today;
import static vn.gov.pressinfo.registry.press.PressAgencyResourceTest.createPressAgency;
import static vn.gov.pressinfo.registry.press.PressAgencyResourceTest.pressAgency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import vn.gov.pressinfo.registry.CsvFiles;

/** The public lists of representative offices and resident reporters (seed 004 §3c), read without a token. */
@QuarkusTest
class PublicPressListResourceTest {

    private static final String OFFICES = "/api/v1/public/representative-offices";
    private static final String REPORTERS = "/api/v1/public/resident-reporters";

    private static Map<String, Object> office(String head, String address) {
        Map<String, Object> body = new HashMap<>();
        body.put("address", address);
        body.put("province", "Kiên Giang");
        body.put("head", head);
        body.put("phone", "0297 3862 123");
        body.put("email", "vpdd.kiengiang@baotuoitre.vn");
        body.put("licence", Map.of("number", "89/GP-STTTT", "date", "2020-09-10", "issuer", "Sở Thông tin và Truyền thông Kiên Giang"));
        return body;
    }

    private static void addOffice(String pressAgencyId, Map<String, Object> body) {
        admin().body(body).post("/api/v1/press-agencies/" + pressAgencyId + "/representative-offices").then().statusCode(201);
    }

    private static Map<String, Object> reporter(String fullName, String area, LocalDate validFrom, LocalDate validTo) {
        Map<String, Object> body = new HashMap<>();
        body.put("fullName", fullName);
        body.put("pressCardNumber", "hn-" + Math.abs(fullName.hashCode() % 100000));
        body.put("area", area);
        body.put("phone", "0912 345 678");
        body.put("email", "phongvien@baotuoitre.vn");
        body.put("validFrom", validFrom.toString());
        if (validTo != null) {
            body.put("validTo", validTo.toString());
        }
        return body;
    }

    private static void addReporter(String pressAgencyId, Map<String, Object> body) {
        admin().body(body).post("/api/v1/press-agencies/" + pressAgencyId + "/resident-reporters").then().statusCode(201);
    }

    private static void suspend(String pressAgencyId, String name) {
        Map<String, Object> body = pressAgency(name, "ONLINE");
        body.put("status", "SUSPENDED");
        body.put("reason", "Đình chỉ hoạt động 3 tháng");
        admin().header("If-Match", "\"0\"").body(body).put("/api/v1/press-agencies/" + pressAgencyId).then().statusCode(200);
    }

    @Test
    void officesOfPressAgenciesThatOperateWithoutAToken() {
        String m = marker();
        String tuoiTre = createPressAgency("Báo Tuổi Trẻ " + m, "PRINT");
        addOffice(tuoiTre, office("Trần Thị Bích", "25 Trần Phú, phường Vĩnh Thanh Vân, Rạch Giá"));
        addOffice(tuoiTre, office("Ngô Văn Phú", "12 Nguyễn Trung Trực, Phú Quốc"));
        String suspended = createPressAgency("Tạp chí Đình Chỉ " + m, "ONLINE");
        addOffice(suspended, office("Lý Thị Mai", "1 Lê Lợi, Rạch Giá"));
        suspend(suspended, "Tạp chí Đình Chỉ " + m);

        given().queryParam("q", m).get(OFFICES).then().statusCode(200).contentType("application/json")
                .header("Cache-Control", equalTo("public, max-age=60"))
                .header("Vary", containsString("Accept"))
                .header("X-Total-Count", equalTo("2"))
                .body("total", equalTo(2))
                .body("items", hasSize(2))
                .body("items[0].pressAgencyId", equalTo(tuoiTre))
                .body("items[0].pressAgencyName", equalTo("Báo Tuổi Trẻ " + m))
                .body("items[0].medium", equalTo("PRINT"))
                .body("items[0].head", equalTo("Ngô Văn Phú")) // by province, then address: "12 …" before "25 …"
                .body("items[1].head", equalTo("Trần Thị Bích"))
                .body("items[1].address", equalTo("25 Trần Phú, phường Vĩnh Thanh Vân, Rạch Giá"))
                .body("items[1].province", equalTo("Kiên Giang"))
                .body("items[1].phone", equalTo("0297 3862 123"))
                .body("items[1].licence.number", equalTo("89/GP-STTTT"))
                .body("items[1].licence.date", equalTo("2020-09-10"))
                .body("items[1].keySet()", equalTo(Set.of("pressAgencyId", "pressAgencyName", "medium", "head", "address", "province",
                        "phone", "email", "licence")));
        given().queryParam("pressAgencyId", suspended).get(OFFICES).then().statusCode(200).body("total", equalTo(0));
        given().queryParam("q", "tran thi bich").queryParam("pressAgencyId", tuoiTre).get(OFFICES).then()
                .body("total", equalTo(1)).body("items[0].head", equalTo("Trần Thị Bích"));
        given().queryParam("q", "bao tuoi tre " + m.toUpperCase()).get(OFFICES).then().body("total", equalTo(2));
        given().queryParam("q", "%_" + m).get(OFFICES).then().body("total", equalTo(0));
        given().queryParam("q", "x".repeat(201)).get(OFFICES).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("q"));
    }

    @Test
    void officesAsCsvWithVietnameseHeaderAndMediumAndNeutralisedFormulas() {
        String m = marker();
        String id = createPressAgency("Đài Phát thanh " + m, "RADIO");
        addOffice(id, office("@SUM(1+1)*cmd|' /C calc'!A0", "-5 Mạc Cửu, Rạch Giá"));

        var response = given().queryParam("pressAgencyId", id).accept("text/csv").get(OFFICES).then().statusCode(200)
                .contentType(startsWith("text/csv")).header("ETag", matchesPattern("\"[0-9a-f]{32}\"")).extract();
        CsvFiles.keep("representative-offices.csv", response.asByteArray());
        CsvFiles.Parsed csv = CsvFiles.parse(response.asByteArray());
        assertThat(csv.header()).containsExactly("Cơ quan báo chí", "Loại hình báo chí", "Trưởng văn phòng", "Địa chỉ", "Tỉnh, thành phố",
                "Điện thoại", "Thư điện tử", "Số giấy phép", "Ngày cấp giấy phép", "Cơ quan cấp giấy phép", "Mã định danh cơ quan báo chí");
        assertThat(csv.text()).startsWith("Cơ quan báo chí,Loại hình báo chí,Trưởng văn phòng,Địa chỉ,\"Tỉnh, thành phố\",");
        assertThat(csv.rows()).hasSize(1);
        assertThat(csv.rows().get(0))
                .containsEntry("Cơ quan báo chí", "Đài Phát thanh " + m)
                .containsEntry("Loại hình báo chí", "Phát thanh")
                .containsEntry("Trưởng văn phòng", "'@SUM(1+1)*cmd|' /C calc'!A0")
                .containsEntry("Địa chỉ", "'-5 Mạc Cửu, Rạch Giá")
                .containsEntry("Tỉnh, thành phố", "Kiên Giang")
                .containsEntry("Số giấy phép", "89/GP-STTTT")
                .containsEntry("Ngày cấp giấy phép", "2020-09-10")
                .containsEntry("Mã định danh cơ quan báo chí", id);
        CsvFiles.assertNoEnglishCode(csv);

        given().queryParam("pressAgencyId", id).accept("text/csv").header("If-None-Match", response.header("ETag")).get(OFFICES).then()
                .statusCode(304).header("ETag", equalTo(response.header("ETag")));
        byte[] linked = given().queryParam("pressAgencyId", id).queryParam("format", "csv").get(OFFICES).then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asByteArray();
        assertThat(linked).isEqualTo(response.asByteArray());
    }

    @Test
    void reportersAccreditedTodayOnlyWithoutAToken() {
        String m = marker();
        LocalDate today = today();
        String id = createPressAgency("Báo Nhân Dân " + m, "PRINT");
        addReporter(id, reporter("Lê Minh Tâm " + m, "Tỉnh Kiên Giang", today.minusYears(1), today)); // last day today: listed
        addReporter(id, reporter("Đỗ Thị Lan " + m, "Thành phố Phú Quốc", today.minusYears(2), null)); // open-ended
        addReporter(id, reporter("Hết Hạn " + m, "Tỉnh Kiên Giang", today.minusYears(2), today.minusDays(1)));
        addReporter(id, reporter("Chưa Bắt Đầu " + m, "Tỉnh Kiên Giang", today.plusDays(1), null));
        String closed = createPressAgency("Báo Đã Đóng " + m, "ONLINE");
        addReporter(closed, reporter("Phóng Viên Báo Đóng " + m, "Tỉnh Kiên Giang", today.minusYears(1), null));
        suspend(closed, "Báo Đã Đóng " + m);

        given().queryParam("q", m).get(REPORTERS).then().statusCode(200).contentType("application/json")
                .header("Cache-Control", equalTo("public, max-age=60"))
                .body("total", equalTo(2))
                .body("items[0].fullName", equalTo("Đỗ Thị Lan " + m)) // by folded name: "do" before "le"
                .body("items[0].validUntil", nullValue())
                .body("items[1].fullName", equalTo("Lê Minh Tâm " + m))
                .body("items[1].pressAgencyId", equalTo(id))
                .body("items[1].pressAgencyName", equalTo("Báo Nhân Dân " + m))
                .body("items[1].medium", equalTo("PRINT"))
                .body("items[1].pressCardNumber", startsWith("HN-"))
                .body("items[1].area", equalTo("Tỉnh Kiên Giang"))
                .body("items[1].phone", equalTo("0912 345 678"))
                .body("items[1].validFrom", equalTo(today.minusYears(1).toString()))
                .body("items[1].validUntil", equalTo(today.toString()))
                .body("items[1].keySet()", equalTo(Set.of("fullName", "pressAgencyId", "pressAgencyName", "medium", "pressCardNumber", "area",
                        "phone", "email", "validFrom", "validUntil")));
        given().queryParam("q", "LE MINH TAM " + m).get(REPORTERS).then().body("total", equalTo(1));
        given().queryParam("q", "phu quoc").queryParam("pressAgencyId", id).get(REPORTERS).then().body("total", equalTo(1))
                .body("items[0].fullName", equalTo("Đỗ Thị Lan " + m));
        given().queryParam("pressAgencyId", closed).get(REPORTERS).then().body("total", equalTo(0));
        given().queryParam("size", 101).get(REPORTERS).then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void reportersAsCsvAndANewReporterShowsAtOnceWithANewETag() {
        String m = marker();
        LocalDate today = today();
        String id = createPressAgency("Truyền hình Thông tấn " + m, "TV");
        addReporter(id, reporter("Phạm Quốc Việt " + m, "=1+2", today.minusMonths(3), today.plusMonths(9)));

        var first = given().queryParam("pressAgencyId", id).queryParam("format", "csv").get(REPORTERS).then().statusCode(200)
                .contentType(startsWith("text/csv")).extract();
        CsvFiles.keep("resident-reporters.csv", first.asByteArray());
        CsvFiles.Parsed csv = CsvFiles.parse(first.asByteArray());
        assertThat(csv.header()).containsExactly("Họ và tên", "Cơ quan báo chí", "Loại hình báo chí", "Số thẻ nhà báo", "Địa bàn thường trú",
                "Điện thoại", "Thư điện tử", "Thường trú từ ngày", "Thường trú đến ngày", "Mã định danh cơ quan báo chí");
        assertThat(csv.rows()).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("Họ và tên", "Phạm Quốc Việt " + m)
                .containsEntry("Cơ quan báo chí", "Truyền hình Thông tấn " + m)
                .containsEntry("Loại hình báo chí", "Truyền hình")
                .containsEntry("Địa bàn thường trú", "'=1+2")
                .containsEntry("Thường trú từ ngày", today.minusMonths(3).toString())
                .containsEntry("Thường trú đến ngày", today.plusMonths(9).toString()));
        CsvFiles.assertNoEnglishCode(csv);

        addReporter(id, reporter("Vũ Thị Hoa " + m, "Tỉnh Kiên Giang", today, null));
        var second = given().queryParam("pressAgencyId", id).queryParam("format", "csv").header("If-None-Match", first.header("ETag"))
                .get(REPORTERS).then().statusCode(200).extract();
        assertThat(second.header("ETag")).isNotEqualTo(first.header("ETag"));
        assertThat(CsvFiles.parse(second.asByteArray()).rows()).extracting(row -> row.get("Họ và tên"))
                .containsExactly("Phạm Quốc Việt " + m, "Vũ Thị Hoa " + m);
    }

    @Test
    void readingOnWithTheCursorGivesThePagesInOrderAndNeverTheCachedFirstPage() {
        String m = marker();
        String first = createPressAgency("Báo Cà Mau " + m, "PRINT");
        String second = createPressAgency("Báo Đất Mũi " + m, "ONLINE");
        for (String address : List.of("3 Lý Thường Kiệt, Rạch Giá", "1 Hùng Vương, Hà Tiên", "2 Ngô Quyền, Rạch Giá")) {
            addOffice(first, office("Trưởng " + address, address));
        }
        addOffice(second, office("Nguyễn Văn Bảy", "7 Lê Lợi, Rạch Giá"));
        addOffice(second, office("Nguyễn Văn Tám", "8 Lê Lợi, Rạch Giá"));

        List<Object> byNumber = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            byNumber.addAll(given().queryParam("q", m).queryParam("size", 2).queryParam("page", page).get(OFFICES).then()
                    .statusCode(200).body("total", equalTo(5)).extract().jsonPath().getList("items"));
        }
        assertThat(byNumber).hasSize(5);

        // Page 0 is now cached; a request after its cursor must be read, not answered with page 0's bytes.
        var page0 = given().queryParam("q", m).queryParam("size", 2).get(OFFICES).then().statusCode(200).extract();
        String next = page0.jsonPath().getString("next");
        assertThat(next).isNotBlank();
        List<Object> byCursor = new ArrayList<>(page0.jsonPath().getList("items"));
        int requests = 0;
        while (next != null) {
            var page = given().queryParam("q", m).queryParam("size", 2).queryParam("after", next).get(OFFICES).then()
                    .statusCode(200).header("X-Total-Count", equalTo("5")).extract();
            if (requests++ == 0) {
                assertThat(page.asByteArray()).isNotEqualTo(page0.asByteArray());
                assertThat(page.header("ETag")).isNotEqualTo(page0.header("ETag"));
                assertThat(page.header("Link")).contains("rel=\"first\"").contains("after=");
            }
            JsonPath json = page.jsonPath();
            byCursor.addAll(json.getList("items"));
            next = json.getString("next");
        }
        assertThat(requests).isEqualTo(2);
        assertThat(byCursor).isEqualTo(byNumber);
        // the last page carries no cursor; a cursor that is not one of this list's is a 400 naming after
        given().queryParam("q", m).queryParam("size", 2).queryParam("page", 2).get(OFFICES).then().body("next", nullValue());
        given().queryParam("size", 2).queryParam("after", "bm90LWEtY3Vyc29y").get(OFFICES).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("after"));
    }
}
