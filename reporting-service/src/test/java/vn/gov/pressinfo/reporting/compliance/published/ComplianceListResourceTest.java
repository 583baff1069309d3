package vn.gov.pressinfo.reporting.compliance.published;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static vn.gov.pressinfo.reporting.Api.admin;
import static vn.gov.pressinfo.reporting.Api.auditor;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.gov.pressinfo.documents.AdministrativeDocument;
import vn.gov.pressinfo.reporting.DepartmentRole;
import vn.gov.pressinfo.reporting.TestEvents;

@QuarkusTest
class ComplianceListResourceTest {

    @BeforeEach
    void department() {
        DepartmentRole.publish();
    }

    /** A monthly period no other test publishes (one list of each kind per period). */
    private static String period() {
        return (2030 + ThreadLocalRandom.current().nextInt(60)) + "-" + String.format("%02d", 1 + ThreadLocalRandom.current().nextInt(12));
    }

    private static Map<String, Object> body(String period, String kind, List<UUID> agencies) {
        Map<String, Object> decision = Map.of("number", "125/QĐ-SVHTTDL", "date", "2026-12-22", "signer", "Nguyễn Văn An");
        return agencies == null ? Map.of("period", period, "kind", kind, "decision", decision)
                : Map.of("period", period, "kind", kind, "decision", decision, "agencyIds", agencies);
    }

    @Test
    void pressAdminPublishesNamedAgenciesAndThePublicReadsThemAsJsonAndDocx() throws Exception {
        TestEvents.Province p = TestEvents.province(2, 0);
        String period = period();
        String id = admin().body(body(period, "NOT_PERFORMING_WELL", List.of(p.agencies().get(1), p.agencies().get(0))))
                .post("/api/v1/compliance-lists").then().statusCode(201)
                .header("Location", containsString("/api/v1/public/compliance-lists/"))
                .body("kindLabel", equalTo("Danh sách cơ quan, đơn vị chưa thực hiện tốt")).body("rule", nullValue())
                .body("issuer", equalTo(DepartmentRole.VHTTDL_NAME)).body("agencyCount", equalTo(2))
                .extract().path("id");
        admin().body(body(period, "NOT_PERFORMING_WELL", List.of(p.agencies().get(0)))).post("/api/v1/compliance-lists").then().statusCode(409)
                .contentType("application/problem+json");

        given().get("/api/v1/public/compliance-lists/" + id).then().statusCode(200)
                .body("agencies.agencyName", contains("Sở Thử nghiệm 2 " + p.marker(), "Sở Thử nghiệm 1 " + p.marker()))
                .body("decision.number", equalTo("125/QĐ-SVHTTDL")).body("periodText", notNullValue());
        given().queryParam("period", period).get("/api/v1/public/compliance-lists").then().statusCode(200)
                .body("items.id", contains(id)).body("items[0].agencies", nullValue());
        given().queryParam("period", period).queryParam("kind", "COMMENDATION").get("/api/v1/public/compliance-lists").then().statusCode(200)
                .body("total", equalTo(0));
        given().queryParam("kind", "BEST").get("/api/v1/public/compliance-lists").then().statusCode(400);

        byte[] docx = given().header("Accept", AdministrativeDocument.DOCX).get("/api/v1/public/compliance-lists/" + id).then().statusCode(200)
                .contentType(AdministrativeDocument.DOCX).extract().asByteArray();
        java.nio.file.Files.write(java.nio.file.Path.of("target", "danh-sach.docx"), docx); // for the render check
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(doc.getDocument().getBody().getSectPr().getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
            XWPFTable header = doc.getTables().get(0);
            assertThat(header.getRow(0).getCell(0).getText()).contains("ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG").contains("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH");
            assertThat(header.getRow(0).getCell(1).getText()).contains(AdministrativeDocument.MOTTO);
            assertThat(header.getRow(1).getCell(0).getText()).isEqualTo("Số: 125/QĐ-SVHTTDL");
            assertThat(header.getRow(1).getCell(1).getText()).isEqualTo("Kiên Giang, ngày 22 tháng 12 năm 2026");
            String text = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertThat(text).contains("DANH SÁCH\nCơ quan, đơn vị chưa thực hiện tốt công tác phát ngôn và cung cấp thông tin cho báo chí tháng")
                    .contains("(Kèm theo Quyết định số 125/QĐ-SVHTTDL ngày 22/12/2026 của Sở Văn hóa, Thể thao và Du lịch)")
                    .contains("Danh sách gồm 02 cơ quan, đơn vị./.");
            XWPFTable table = doc.getTables().get(1);
            assertThat(table.getRow(0).getCell(1).getText()).isEqualTo("Tên cơ quan, đơn vị");
            assertThat(table.getRow(1).getCell(1).getText()).isEqualTo("Sở Thử nghiệm 2 " + p.marker());
            XWPFTable signature = doc.getTables().get(doc.getTables().size() - 1);
            assertThat(signature.getRow(0).getCell(0).getText()).startsWith("Nơi nhận:").contains("Ủy ban nhân dân tỉnh Kiên Giang").endsWith("- Lưu: VT.");
            assertThat(signature.getRow(0).getCell(1).getText()).contains("GIÁM ĐỐC").contains("Nguyễn Văn An");
        }

        auditor().get("/api/v1/compliance-lists/" + id + "/history").then().statusCode(200)
                .body("action", contains("PUBLISHED")).body("[0].actor", notNullValue()).body("[0].detail.agencyCount", equalTo(2));
    }

    @Test
    void withoutAgenciesTheListIsDerivedFromTheScoresByTheStatedRule() {
        String period = period();
        var published = admin().body(body(period, "COMMENDATION", null)).post("/api/v1/compliance-lists").then().statusCode(201)
                .body("rule", containsString("trở lên")).extract().jsonPath();
        List<String> expected = auditor().queryParam("period", period).get("/api/v1/compliance/scores").then().statusCode(200)
                .extract().jsonPath().getList("commendation");
        assertThat(published.getList("agencies.agencyName")).isEqualTo(expected);
        given().queryParam("kind", "COMMENDATION").queryParam("period", period).get("/api/v1/public/compliance-lists").then().statusCode(200)
                .body("items.period", hasItem(period));
    }

    @Test
    void badInputIsAProblem() {
        admin().body(body("2025-13", "COMMENDATION", null)).post("/api/v1/compliance-lists").then().statusCode(422);
        admin().body(body(period(), "COMMENDATION", List.of(UUID.randomUUID()))).post("/api/v1/compliance-lists").then().statusCode(422)
                .body("detail", containsString("agency"));
        admin().body(Map.of("period", period(), "kind", "COMMENDATION")).post("/api/v1/compliance-lists").then().statusCode(400);
        Map<String, Object> early = Map.of("period", period(), "kind", "COMMENDATION",
                "decision", Map.of("number", "1/QĐ", "date", "2001-01-01", "signer", "A"));
        admin().body(early).post("/api/v1/compliance-lists").then().statusCode(409);
        auditor().body(body(period(), "COMMENDATION", null)).post("/api/v1/compliance-lists").then().statusCode(403);
        given().contentType("application/json").body(body(period(), "COMMENDATION", null)).post("/api/v1/compliance-lists").then().statusCode(401);
        given().get("/api/v1/public/compliance-lists/" + UUID.randomUUID()).then().statusCode(404);
    }
}
