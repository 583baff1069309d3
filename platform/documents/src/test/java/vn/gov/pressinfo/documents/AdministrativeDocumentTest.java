package vn.gov.pressinfo.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

class AdministrativeDocumentTest {

    @Test
    void theDateLineWritesLeadingZerosWhereDecree30AsksForThem() {
        assertThat(AdministrativeDocument.dateLine("An Giang", LocalDate.of(2026, 1, 5))).isEqualTo("An Giang, ngày 05 tháng 01 năm 2026");
        assertThat(AdministrativeDocument.dateLine("An Giang", LocalDate.of(2026, 2, 28))).isEqualTo("An Giang, ngày 28 tháng 02 năm 2026");
        assertThat(AdministrativeDocument.dateLine("An Giang", LocalDate.of(2026, 3, 9))).isEqualTo("An Giang, ngày 09 tháng 3 năm 2026");
        assertThat(AdministrativeDocument.dateLine("An Giang", LocalDate.of(2026, 12, 17))).isEqualTo("An Giang, ngày 17 tháng 12 năm 2026");
    }

    @Test
    void thePlaceIsTheProvincesName() {
        assertThat(AdministrativeDocument.Issuer.under("Ủy ban nhân dân tỉnh An Giang", "Sở Văn hóa, Thể thao và Du lịch").place())
                .isEqualTo("An Giang");
        assertThat(AdministrativeDocument.Issuer.under("UBND thành phố Cần Thơ", "Sở Văn hóa, Thể thao và Du lịch").place())
                .isEqualTo("Cần Thơ");
    }

    @Test
    void aDocumentHasTheA4PageMarginsFontHeaderMottoAndRecipients() throws IOException {
        byte[] bytes;
        try (AdministrativeDocument doc = AdministrativeDocument.create()) {
            doc.header(AdministrativeDocument.Issuer.under("Ủy ban nhân dân tỉnh An Giang", "Sở Văn hóa, Thể thao và Du lịch"), null,
                    "BC-SVHTTDL", LocalDate.of(2026, 12, 7))
                    .title("Báo cáo", "Kết quả công tác phát ngôn và cung cấp thông tin cho báo chí năm 2026")
                    .addressee(List.of("Ủy ban nhân dân tỉnh An Giang"))
                    .heading("I. TÌNH HÌNH THỰC HIỆN")
                    .paragraph("Có 38/40 cơ quan, đơn vị đã gửi báo cáo.");
            XWPFTable table = doc.table(List.of("STT", "Tên cơ quan, đơn vị", "Đã gửi"), 1, 6, 2);
            AdministrativeDocument.row(table, false, "1", "Sở Y tế", "x");
            doc.signature(new AdministrativeDocument.Signature("KT. Giám đốc", "Phó Giám đốc", "Nguyễn Văn An"),
                    List.of("Như trên", "Bộ Văn hóa, Thể thao và Du lịch"));
            bytes = doc.toBytes();
        }
        try (XWPFDocument read = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            var section = read.getDocument().getBody().getSectPr();
            assertThat(section.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(section.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
            assertThat(((BigInteger) section.getPgMar().getTop()).intValue()).isBetween(1134, 1417); // 20–25 mm
            assertThat(((BigInteger) section.getPgMar().getBottom()).intValue()).isBetween(1134, 1417);
            assertThat(((BigInteger) section.getPgMar().getLeft()).intValue()).isBetween(1701, 1984); // 30–35 mm
            assertThat(((BigInteger) section.getPgMar().getRight()).intValue()).isBetween(850, 1134); // 15–20 mm

            XWPFTable header = read.getTables().get(0);
            assertThat(header.getRow(0).getCell(0).getText()).contains("ỦY BAN NHÂN DÂN TỈNH AN GIANG")
                    .contains("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH");
            assertThat(header.getRow(0).getCell(1).getText()).contains(AdministrativeDocument.NATIONAL_TITLE)
                    .contains(AdministrativeDocument.MOTTO);
            assertThat(header.getRow(1).getCell(0).getText()).isEqualTo("Số:       /BC-SVHTTDL");
            assertThat(header.getRow(1).getCell(1).getText()).isEqualTo("An Giang, ngày 07 tháng 12 năm 2026");
            String all = read.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", (a, b) -> a + "\n" + b);
            assertThat(all).contains("BÁO CÁO").contains("Kính gửi: Ủy ban nhân dân tỉnh An Giang.");
            XWPFTable signature = read.getTables().get(read.getTables().size() - 1);
            assertThat(signature.getRow(0).getCell(0).getText()).startsWith("Nơi nhận:").contains("- Như trên;").endsWith("- Lưu: VT.");
            assertThat(signature.getRow(0).getCell(1).getText()).contains("KT. GIÁM ĐỐC").contains("PHÓ GIÁM ĐỐC").contains("Nguyễn Văn An");
            for (XWPFParagraph p : read.getParagraphs()) {
                for (XWPFRun r : p.getRuns()) {
                    assertThat(r.getFontFamily()).isEqualTo("Times New Roman");
                }
            }
        }
    }
}
