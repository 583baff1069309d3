package vn.gov.pressinfo.pressresponse.document;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.gov.pressinfo.pressresponse.Fixtures.admin;
import static vn.gov.pressinfo.pressresponse.Fixtures.item;
import static vn.gov.pressinfo.pressresponse.Fixtures.marker;
import static vn.gov.pressinfo.pressresponse.Fixtures.officerOf;
import static vn.gov.pressinfo.pressresponse.Fixtures.person;
import static vn.gov.pressinfo.pressresponse.Fixtures.uniqueUrl;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.gov.pressinfo.pressresponse.Fixtures;
import vn.gov.pressinfo.pressresponse.MutableClock;

/**
 * The rebuttal letter as the agency prints it: fetched over HTTP as DOCX and read back with POI (page, margins, font, the
 * header with the motto, the summary under the number, "Kính gửi", the article, the legal basis of the letter's date, the
 * signer, "Nơi nhận" with the department of that date).
 */
@QuarkusTest
class RebuttalLetterTest {

    private static final String ITEMS = "/api/v1/press-items/";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String PROVINCE_NAME = "Ủy ban nhân dân tỉnh Kiên Giang";

    @Inject
    MutableClock clock;

    @BeforeEach
    void departmentRole() {
        Fixtures.departmentRole();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private record Agency(String id, String code) {
    }

    /** A department under a fresh province committee, with its spokesperson (named, titled) known to the directory. */
    private static Agency departmentWithSpokesperson(String name, String email, String fullName, String title) {
        UUID province = UUID.randomUUID();
        Fixtures.agency(province, "UBND-" + marker(), PROVINCE_NAME, "PROVINCE", null);
        String code = "SYT-" + marker();
        String id = Fixtures.agency(UUID.randomUUID(), code, name, "DEPARTMENT", province);
        Fixtures.appointSpokesperson(id, email, LocalDate.of(2025, 3, 1), fullName, title);
        return new Agency(id, code);
    }

    private static byte[] letter(String caseId) {
        return admin().accept(DOCX).get(ITEMS + caseId + "/rebuttal").then().statusCode(200).contentType(DOCX)
                .header("Content-Disposition", containsString(".docx")).extract().asByteArray();
    }

    @Test
    void anApprovedLetterIsAnOfficialLetterOfTheAgencyCitingThePressLaw2016() throws IOException {
        String email = "tranvanbinh." + marker() + "@kiengiang.gov.vn";
        Agency agency = departmentWithSpokesperson("Sở Y tế", email, "Trần Văn Bình", "Phó Giám đốc Sở Y tế");
        // Monday 9 March 2026, before the Press Law 2025.
        clock.set(LocalDate.of(2026, 3, 9), LocalTime.of(9, 0));
        Map<String, Object> body = item(agency.id(), uniqueUrl());
        String id = Fixtures.verdict(body, "FALSE");

        // Flagged, nothing drafted: 404; a draft: 409, the letter exists from the approval on.
        admin().accept(DOCX).get(ITEMS + id + "/rebuttal").then().statusCode(404).contentType("application/problem+json");
        officerOf(agency.id()).body(Map.of("content", "Sở Y tế đã có thông báo chính thức về tình hình dịch bệnh trên địa bàn.",
                "correctInformation", "Không có ca tử vong nào liên quan đến dịch bệnh tại Rạch Giá."))
                .post(ITEMS + id + "/rebuttal").then().statusCode(200);
        admin().accept(DOCX).get(ITEMS + id + "/rebuttal").then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("draft"));
        person(email, agency.id()).body(Map.of("note", "Đồng ý")).post(ITEMS + id + "/rebuttal/approval").then().statusCode(200);

        // JSON stays the default.
        admin().get(ITEMS + id + "/rebuttal").then().statusCode(200).contentType("application/json").body("status", equalTo("APPROVED"));
        admin().accept("*/*").get(ITEMS + id + "/rebuttal").then().statusCode(200).contentType("application/json");

        try (XWPFDocument doc = read(letter(id))) {
            var section = doc.getDocument().getBody().getSectPr();
            assertThat(section.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(section.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
            assertThat(((BigInteger) section.getPgMar().getTop()).intValue()).isBetween(1134, 1417);
            assertThat(((BigInteger) section.getPgMar().getBottom()).intValue()).isBetween(1134, 1417);
            assertThat(((BigInteger) section.getPgMar().getLeft()).intValue()).isBetween(1701, 1984);
            assertThat(((BigInteger) section.getPgMar().getRight()).intValue()).isBetween(850, 1134);
            assertThat(runs(doc)).isNotEmpty().allSatisfy(r -> assertThat(r.getFontFamily()).isEqualTo("Times New Roman"));

            XWPFTable header = doc.getTables().get(0);
            assertThat(header.getRow(0).getCell(0).getText()).contains("ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG").contains("SỞ Y TẾ");
            assertThat(header.getRow(0).getCell(1).getText()).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                    .contains("Độc lập - Tự do - Hạnh phúc");
            // Approved, not sent: dated the approval, the number left to the clerk, the summary under it.
            assertThat(header.getRow(1).getCell(0).getText()).startsWith("Số:       /CV-" + agency.code())
                    .contains("V/v đề nghị cải chính thông tin sai sự thật trên Báo Điện tử ABC");
            assertThat(header.getRow(1).getCell(1).getText()).isEqualTo("Kiên Giang, ngày 09 tháng 3 năm 2026");

            String text = text(doc);
            assertThat(text).contains("Kính gửi: Ban Biên tập Báo Điện tử ABC.")
                    .doesNotContain("CÔNG VĂN")
                    .contains("“Phát hiện ổ dịch lạ tại Rạch Giá”").contains((String) body.get("url"))
                    .contains("Ngày 06/01/2026") // published 2026-01-05T23:10Z, the 6th in Viet Nam
                    .contains("Bài viết cho rằng đã có 50 ca tử vong do dịch lạ")
                    .contains("tin giả / sai sự thật").contains("Sở Y tế xác nhận không có ca tử vong nào.")
                    .contains("Thông tin chính xác như sau: Không có ca tử vong nào liên quan đến dịch bệnh tại Rạch Giá.")
                    .contains("Căn cứ Luật Báo chí 2016, Điều 42, Sở Y tế đề nghị Ban Biên tập Báo Điện tử ABC cải chính")
                    .contains("trong thời hạn 24 (hai mươi bốn) giờ")
                    .doesNotContain("Press Law").doesNotContain("ONLINE").doesNotContain("FALSE");

            XWPFTable signature = doc.getTables().get(doc.getTables().size() - 1);
            assertThat(signature.getRow(0).getCell(1).getText()).contains("PHÓ GIÁM ĐỐC SỞ Y TẾ").contains("Trần Văn Bình");
            assertThat(lines(signature.getRow(0).getCell(0))).containsExactly("Nơi nhận:", "- Như trên;",
                    "- " + Fixtures.DEPARTMENT_VHTT_NAME + ";", "- Lưu: VT.");
        }

        // Sent the next day with a number and another copy: dated the sending, numbered, the due time spelled out.
        clock.set(LocalDate.of(2026, 3, 10), LocalTime.of(10, 0));
        officerOf(agency.id()).body(Map.of("channel", "OFFICIAL_DOCUMENT_SYSTEM", "documentNumber", "125/SYT-VP",
                "copyTo", List.of("Văn phòng UBND tỉnh"))).post(ITEMS + id + "/rebuttal/dispatch").then().statusCode(200);
        byte[] sent = letter(id);
        Files.write(Path.of("target", "rebuttal-letter.docx"), sent); // for the render check (LibreOffice → PDF)
        try (XWPFDocument doc = read(sent)) {
            XWPFTable header = doc.getTables().get(0);
            assertThat(header.getRow(1).getCell(0).getText()).startsWith("Số: 125/SYT-VP");
            assertThat(header.getRow(1).getCell(1).getText()).isEqualTo("Kiên Giang, ngày 10 tháng 3 năm 2026");
            assertThat(text(doc)).contains("(chậm nhất đến 10 giờ 00 ngày 11/03/2026)");
            XWPFTable signature = doc.getTables().get(doc.getTables().size() - 1);
            assertThat(lines(signature.getRow(0).getCell(0))).containsExactly("Nơi nhận:", "- Như trên;",
                    "- " + Fixtures.DEPARTMENT_VHTT_NAME + ";", "- Văn phòng UBND tỉnh;", "- Lưu: VT.");
        }
    }

    @Test
    void aLetterOfTheProvinceCommitteeAfterJuly2026CitesThePressLaw2025() throws IOException {
        UUID province = UUID.randomUUID();
        String code = "UBND-" + marker();
        String id = Fixtures.agency(province, code, PROVINCE_NAME, "PROVINCE", null);
        String email = "lethimai." + marker() + "@kiengiang.gov.vn";
        Fixtures.appointSpokesperson(id, email, LocalDate.of(2025, 3, 1), "Lê Thị Mai", "Chánh Văn phòng UBND tỉnh");
        // Monday 6 July 2026: the Press Law 2025 is in force.
        clock.set(LocalDate.of(2026, 7, 6), LocalTime.of(9, 0));
        Map<String, Object> body = item(id, uniqueUrl());
        body.put("outletName", "Báo Nông thôn Ngày nay");
        body.put("medium", "PRINT");
        String caseId = Fixtures.verdict(body, "INACCURATE");
        officerOf(id).body(Map.of("content", "Ủy ban nhân dân tỉnh đã chỉ đạo kiểm tra.",
                "correctInformation", "Giá lúa tháng 6/2026 giảm 3%, không phải 50%.")).post(ITEMS + caseId + "/rebuttal").then()
                .statusCode(200);
        person(email, id).body(Map.of()).post(ITEMS + caseId + "/rebuttal/approval").then().statusCode(200);

        try (XWPFDocument doc = read(letter(caseId))) {
            XWPFTable header = doc.getTables().get(0);
            // The province committee issues it itself: no governing body above it.
            assertThat(lines(header.getRow(0).getCell(0))).first().isEqualTo("ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG");
            assertThat(header.getRow(0).getCell(0).getText()).doesNotContain("SỞ");
            assertThat(header.getRow(1).getCell(0).getText()).startsWith("Số:       /CV-" + code)
                    .contains("trên Báo Nông thôn Ngày nay");
            assertThat(header.getRow(1).getCell(1).getText()).isEqualTo("Kiên Giang, ngày 06 tháng 7 năm 2026");
            assertThat(text(doc)).contains("Kính gửi: Ban Biên tập Báo Nông thôn Ngày nay.")
                    .contains("(báo in)").contains("thông tin không chính xác")
                    .contains("Căn cứ Luật Báo chí 2025 (hiệu lực từ 01/7/2026), quy định về cải chính, xin lỗi trên báo chí, "
                            + "Ủy ban nhân dân tỉnh Kiên Giang đề nghị Ban Biên tập Báo Nông thôn Ngày nay cải chính")
                    .contains("trong thời hạn 02 (hai) ngày").doesNotContain("Luật Báo chí 2016").doesNotContain("chậm nhất đến");
            XWPFTable signature = doc.getTables().get(doc.getTables().size() - 1);
            assertThat(signature.getRow(0).getCell(1).getText()).contains("CHÁNH VĂN PHÒNG UBND TỈNH").contains("Lê Thị Mai");
            assertThat(signature.getRow(0).getCell(0).getText()).contains(Fixtures.DEPARTMENT_VHTT_NAME);
        }
        // Another agency's officer sees neither the JSON nor the letter.
        officerOf(Fixtures.agency("Khác " + marker())).accept(DOCX).get(ITEMS + caseId + "/rebuttal").then().statusCode(403);
        given().accept(DOCX).get(ITEMS + caseId + "/rebuttal").then().statusCode(401);
    }

    private static XWPFDocument read(byte[] bytes) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    /** Every run of the document: body paragraphs and table cells. */
    private static List<XWPFRun> runs(XWPFDocument doc) {
        List<XWPFRun> runs = new java.util.ArrayList<>();
        doc.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
        for (XWPFTable t : doc.getTables()) {
            for (XWPFTableRow row : t.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    cell.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
                }
            }
        }
        return runs;
    }

    private static String text(XWPFDocument doc) {
        return doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
    }

    private static List<String> lines(XWPFTableCell cell) {
        return cell.getParagraphs().stream().map(XWPFParagraph::getText).filter(s -> !s.isBlank()).toList();
    }
}
