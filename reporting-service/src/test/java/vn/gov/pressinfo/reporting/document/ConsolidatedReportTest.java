package vn.gov.pressinfo.reporting.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static vn.gov.pressinfo.reporting.Api.admin;
import static vn.gov.pressinfo.reporting.Api.auditor;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import vn.gov.pressinfo.documents.AdministrativeDocument;
import vn.gov.pressinfo.reporting.DepartmentRole;
import vn.gov.pressinfo.reporting.Fixtures;
import vn.gov.pressinfo.reporting.MutableClock;
import vn.gov.pressinfo.reporting.Scenarios;
import vn.gov.pressinfo.reporting.TestEvents;

/** The consolidated report as the department signs it (DOCX) and as a workbook (XLSX), read back with POI. */
@QuarkusTest
class ConsolidatedReportTest {

    @Inject
    MutableClock clock;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void department() {
        DepartmentRole.publish();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static byte[] download(String id, String accept, String date) {
        var request = auditor().header("Accept", accept);
        if (date != null) {
            request.queryParam("date", date);
        }
        return request.get("/api/v1/report-requests/" + id + "/consolidation").then().statusCode(200).contentType(accept).extract().asByteArray();
    }

    private static String text(XWPFDocument doc) {
        return doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
    }

    @Test
    void theDocxHasTheFormOfDecree30AndTheStructureOfReport284() throws Exception {
        TestEvents.Province p = TestEvents.province(3, 2);
        String id = Scenarios.fiveAgencies(p, clock);
        // The third department's assignment ended with a reorganisation (no successor took the report).
        TestEvents.execute("UPDATE assignment SET state = 'WITHDRAWN' WHERE request_id = '" + id + "' AND agency_id = '" + p.agencies().get(2) + "'");
        JsonPath status = auditor().get("/api/v1/report-requests/" + id + "/status").then().statusCode(200).extract().jsonPath();
        String reference = status.getString("reference");

        byte[] bytes = download(id, AdministrativeDocument.DOCX, "2026-10-25");
        // kept for the render check (LibreOffice → PDF → page images)
        java.nio.file.Files.write(java.nio.file.Path.of("target", "bao-cao-tong-hop.docx"), bytes);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            var section = doc.getDocument().getBody().getSectPr();
            assertThat(section.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(section.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
            assertThat(((BigInteger) section.getPgMar().getLeft()).intValue()).isBetween(1701, 1984);
            assertThat(((BigInteger) section.getPgMar().getRight()).intValue()).isBetween(850, 1134);
            assertThat(((BigInteger) section.getPgMar().getTop()).intValue()).isBetween(1134, 1417);
            for (XWPFParagraph para : doc.getParagraphs()) {
                for (XWPFRun r : para.getRuns()) {
                    // every run with text (the page break before the appendix is a run without text or font)
                    if (r.text() != null && !r.text().isBlank()) {
                        assertThat(r.getFontFamily()).as(r.text()).isEqualTo(AdministrativeDocument.FONT);
                    }
                }
            }
            XWPFTable header = doc.getTables().get(0);
            assertThat(header.getRow(0).getCell(0).getText()).contains("ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG").contains("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH");
            assertThat(header.getRow(0).getCell(1).getText()).contains(AdministrativeDocument.NATIONAL_TITLE).contains(AdministrativeDocument.MOTTO);
            assertThat(header.getRow(1).getCell(0).getText()).isEqualTo("Số:       /BC-SVHTTDL");
            assertThat(header.getRow(1).getCell(1).getText()).isEqualTo("Kiên Giang, ngày 25 tháng 10 năm 2026");

            String text = text(doc);
            assertThat(text).contains("BÁO CÁO\nKết quả công tác phát ngôn và cung cấp thông tin cho báo chí năm 2026")
                    .contains("Kính gửi: Ủy ban nhân dân tỉnh Kiên Giang.")
                    .contains("Thực hiện Công văn số " + reference + " ngày 01/10/2026 của Sở Văn hóa, Thể thao và Du lịch về việc báo cáo kết quả "
                            + "thực hiện Chỉ thị 06 về công tác phát ngôn, Sở Văn hóa, Thể thao và Du lịch báo cáo kết quả như sau:")
                    .contains("I. TÌNH HÌNH THỰC HIỆN CHẾ ĐỘ BÁO CÁO")
                    .contains("Tổng số cơ quan, đơn vị được đề nghị báo cáo: 05 (03 sở, ban, ngành, 02 UBND cấp huyện)")
                    .contains("có 3/5 cơ quan, đơn vị đã gửi báo cáo (2 đúng hạn, 1 gửi muộn); 1 cơ quan, đơn vị chưa gửi báo cáo; "
                            + "1 cơ quan, đơn vị đã giải thể/sáp nhập")
                    .contains("II. KẾT QUẢ THỰC HIỆN").contains("2. Kết quả cung cấp thông tin cho báo chí do hệ thống ghi nhận")
                    .contains("III. ĐÁNH GIÁ CHUNG").contains("1. Ưu điểm").contains("2. Tồn tại, hạn chế").contains("3. Nguyên nhân")
                    .contains("Sở Thử nghiệm 1 " + p.marker() + ": Cập nhật chậm.").contains("Sở Thử nghiệm 2 " + p.marker() + ": Thiếu cán bộ chuyên trách.")
                    .contains("IV. KIẾN NGHỊ, ĐỀ XUẤT").contains("Đề nghị mở lớp tập huấn.")
                    .contains("1. Đề nghị khen thưởng").contains("2. Cơ quan, đơn vị chưa thực hiện tốt")
                    .contains("chưa gửi báo cáo hoặc có điểm đánh giá").contains("Phụ lục\nTình hình gửi báo cáo của các cơ quan, đơn vị");
            assertThat(text.indexOf("IV. KIẾN NGHỊ")).isGreaterThan(text.indexOf("3. Nguyên nhân"));

            XWPFTable indicators = doc.getTables().get(1);
            assertThat(indicators.getRow(0).getCell(1).getText()).isEqualTo("Chỉ tiêu");
            assertThat(indicators.getRow(1).getCell(1).getText()).isEqualTo("Số cuộc họp báo đã tổ chức");
            assertThat(indicators.getRow(1).getCell(3).getText()).isEqualTo("12 (bình quân 4)");
            assertThat(indicators.getRow(4).getCell(3).getText()).contains("Tổ chức họp báo: 2").doesNotContain("PRESS_CONFERENCE");

            String missing = "Ủy ban nhân dân huyện Thử nghiệm 2 " + p.marker();
            XWPFTable notPerforming = doc.getTables().stream().filter(t -> t.getRow(0).getTableCells().size() == 4
                    && t.getRow(0).getCell(2).getText().equals("Điểm đánh giá (%)") && column(t, 1).contains(missing)).findFirst().orElseThrow();
            assertThat(column(notPerforming, 3).get(column(notPerforming, 1).indexOf(missing))).startsWith("Chưa gửi báo cáo");

            XWPFTable signature = doc.getTables().stream().filter(t -> t.getText().startsWith("Nơi nhận:")).findFirst().orElseThrow();
            assertThat(signature.getRow(0).getCell(0).getText()).contains("- Ủy ban nhân dân tỉnh Kiên Giang;")
                    .contains("- Bộ Văn hóa, Thể thao và Du lịch (Cục Báo chí);").endsWith("- Lưu: VT.");
            assertThat(signature.getRow(0).getCell(1).getText()).contains("GIÁM ĐỐC").contains(DepartmentRole.HEAD).doesNotContain("KT.");

            XWPFTable appendix = doc.getTables().get(doc.getTables().size() - 1);
            assertThat(column(appendix, 0).subList(0, 1)).containsExactly("STT");
            List<String> names = column(appendix, 1);
            assertThat(names).containsSubsequence("Tên cơ quan, đơn vị", "Sở Thử nghiệm 1 " + p.marker(), "Sở Thử nghiệm 3 " + p.marker(), "Cộng",
                    "Ủy ban nhân dân huyện Thử nghiệm 1 " + p.marker(), "Cộng", "Tổng cộng (5 cơ quan, đơn vị)");
            assertThat(appendix.getRow(1).getCell(0).getText()).isEqualTo("Các sở, ban, ngành");
            assertThat(appendix.getRow(6).getCell(0).getText()).isEqualTo("UBND cấp huyện");
            XWPFTableRow late = appendix.getRow(3);
            assertThat(late.getCell(2).getText()).isEqualTo("x");
            assertThat(late.getCell(4).getText()).isEqualTo("Gửi muộn");
            XWPFTableRow withdrawn = appendix.getRow(4);
            assertThat(withdrawn.getCell(2).getText() + withdrawn.getCell(3).getText()).isEmpty();
            assertThat(withdrawn.getCell(4).getText()).isEqualTo("Cơ quan đã giải thể/sáp nhập");
            XWPFTableRow total = appendix.getRow(appendix.getNumberOfRows() - 1);
            assertThat(total.getCell(2).getText()).isEqualTo(Integer.toString(status.getInt("counts.submitted")));
            assertThat(total.getCell(3).getText()).isEqualTo(Integer.toString(status.getInt("counts.notSubmitted")));
            assertThat(names.stream().filter(n -> n.contains(p.marker()))).hasSize(status.getInt("counts.total"));
        }

        // Before 1 Mar 2025 the role was Sở TTTT's: issuer and symbol follow the date; no head known, so a blank name.
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(download(id, AdministrativeDocument.DOCX, "2025-02-20")))) {
            assertThat(doc.getTables().get(0).getRow(0).getCell(0).getText()).contains("SỞ THÔNG TIN VÀ TRUYỀN THÔNG");
            assertThat(doc.getTables().get(0).getRow(1).getCell(0).getText()).isEqualTo("Số:       /BC-STTTT");
            XWPFTable signature = doc.getTables().stream().filter(t -> t.getText().startsWith("Nơi nhận:")).findFirst().orElseThrow();
            assertThat(signature.getRow(0).getCell(1).getText()).doesNotContain(DepartmentRole.HEAD);
        }
        // No agency held the role: a problem, not a document without issuer.
        auditor().header("Accept", AdministrativeDocument.DOCX).queryParam("date", "2001-01-01").get("/api/v1/report-requests/" + id + "/consolidation")
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("PRESS_MANAGEMENT_DEPARTMENT"));
    }

    @Test
    void theWorkbookHasOneSheetPerPartWithFrozenVietnameseHeaders() throws Exception {
        TestEvents.Province p = TestEvents.province(3, 2);
        String id = Scenarios.fiveAgencies(p, clock);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(download(id, Spreadsheet.XLSX, null)))) {
            assertThat(List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2)))
                    .containsExactly("Tổng hợp", "Chỉ tiêu theo cơ quan", "Phụ lục");
            Sheet totals = book.getSheet("Tổng hợp");
            int head = headerRow(totals, "STT");
            assertThat(totals.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) (head + 1));
            assertThat(totals.getRow(head).getCell(1).getStringCellValue()).isEqualTo("Nội dung");
            assertThat(totals.getRow(head + 2).getCell(3).getNumericCellValue()).isEqualTo(5.0);
            assertThat(totals.getColumnWidth(1)).isGreaterThan(totals.getColumnWidth(0) * 5);

            Sheet perAgency = book.getSheet("Chỉ tiêu theo cơ quan");
            int h = headerRow(perAgency, "STT");
            assertThat(perAgency.getRow(h).getCell(5).getStringCellValue()).isEqualTo("Số cuộc họp báo đã tổ chức");
            assertThat(perAgency.getRow(h + 1).getCell(1).getStringCellValue()).isEqualTo("Sở Thử nghiệm 1 " + p.marker());
            assertThat(perAgency.getRow(h + 1).getCell(5).getNumericCellValue()).isEqualTo(4.0);
            assertThat(perAgency.getRow(h + 1).getCell(7).getStringCellValue()).isEqualTo("Có");
            assertThat(perAgency.getRow(h + 1).getCell(8).getStringCellValue()).isEqualTo("Tổ chức họp báo");
            assertThat(perAgency.getRow(h + 3).getCell(3).getStringCellValue()).isEqualTo("Chưa gửi");

            Sheet appendix = book.getSheet("Phụ lục");
            int a = headerRow(appendix, "STT");
            assertThat(appendix.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) (a + 1));
            assertThat(appendix.getRow(a + 1).getCell(1).getStringCellValue()).isEqualTo("Các sở, ban, ngành");
            var last = appendix.getRow(appendix.getLastRowNum());
            assertThat(last.getCell(1).getStringCellValue()).isEqualTo("Tổng cộng");
            assertThat(last.getCell(2).getNumericCellValue()).isEqualTo(3.0);
            assertThat(last.getCell(3).getNumericCellValue()).isEqualTo(2.0);
        }
    }

    @Test
    void aLargeConsolidationIsAValidDocumentWithEveryAgencyInTheAppendix() throws Exception {
        int n = 500;
        UUID root = UUID.randomUUID();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO agency_reference (id, version, code, name, type_code, parent_id, status, valid_from, changed_at) "
                        + "SELECT gen_random_uuid(), 0, 'L-' || i, CASE WHEN i % 10 = 0 THEN 'Sở lớn ' ELSE 'Ủy ban nhân dân xã lớn ' END || i, "
                        + "CASE WHEN i % 10 = 0 THEN 'DEPARTMENT' ELSE 'COMMUNE' END, ?, 'ACTIVE', DATE '2025-07-01', now() FROM generate_series(1, ?) i")) {
            ps.setObject(1, root);
            ps.setInt(2, n);
            ps.executeUpdate();
        }
        String id = admin().body(Fixtures.adHoc("L/" + root.toString().substring(0, 8), LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 15),
                Map.of("parentId", root))).post("/api/v1/report-requests").then().statusCode(201).extract().path("id");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(download(id, AdministrativeDocument.DOCX, "2026-10-25")))) {
            XWPFTable appendix = doc.getTables().get(doc.getTables().size() - 1);
            // header + 2 group rows + 2 subtotals + total
            assertThat(appendix.getNumberOfRows()).isEqualTo(1 + n + 2 + 2 + 1);
            assertThat(appendix.getRow(1).getCell(0).getText()).isEqualTo("Các sở, ban, ngành");
            assertThat(appendix.getRow(n / 10 + 3).getCell(0).getText()).isEqualTo("UBND cấp xã");
            assertThat(appendix.getRow(appendix.getNumberOfRows() - 1).getCell(3).getText()).isEqualTo(Integer.toString(n));
        }
    }

    private static int headerRow(Sheet sheet, String first) {
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            var row = sheet.getRow(r);
            if (row != null && row.getCell(0) != null && first.equals(row.getCell(0).getStringCellValue())) {
                return r;
            }
        }
        throw new AssertionError("no header row in " + sheet.getSheetName());
    }

    private static List<String> column(XWPFTable table, int i) {
        return table.getRows().stream().map(r -> r.getTableCells().size() > i ? r.getCell(i).getText() : r.getCell(0).getText()).toList();
    }
}
