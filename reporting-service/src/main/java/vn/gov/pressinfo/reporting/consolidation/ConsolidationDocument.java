package vn.gov.pressinfo.reporting.consolidation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * The Vietnamese draft (dự thảo) of the department's consolidated report to the provincial People's Committee, as a
 * DOCX the department edits and signs: situation, results per indicator, shortcomings, causes, proposals, and the
 * appendix of agencies that did not submit or submitted late.
 */
public final class ConsolidationDocument {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ConsolidationDocument() {
    }

    public static byte[] docx(Consolidation c) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            centered(doc, "DỰ THẢO", true, 11);
            centered(doc, "BÁO CÁO", true, 14);
            centered(doc, "Tổng hợp kết quả công tác phát ngôn và cung cấp thông tin cho báo chí", true, 13);
            centered(doc, "(theo văn bản " + c.reference() + ": " + c.subject() + ")", false, 12);

            heading(doc, "I. TÌNH HÌNH THỰC HIỆN CHẾ ĐỘ BÁO CÁO");
            text(doc, "Hạn gửi báo cáo: " + DATE.format(c.dueDate()) + ". Tính đến ngày " + DATE.format(c.asOf()) + ", có "
                    + c.counts().submitted() + "/" + c.counts().total() + " cơ quan, đơn vị đã gửi báo cáo (" + c.counts().onTime()
                    + " đúng hạn, " + c.counts().late() + " gửi muộn); " + c.counts().notSubmitted() + " cơ quan, đơn vị chưa gửi báo cáo"
                    + (c.counts().withdrawn() > 0 ? "; " + c.counts().withdrawn() + " cơ quan, đơn vị đã giải thể/sáp nhập (rút yêu cầu báo cáo)"
                            : "") + ".");

            heading(doc, "II. KẾT QUẢ THỰC HIỆN");
            XWPFTable table = doc.createTable(1, 5);
            row(table, 0, "Chỉ tiêu", "Số báo cáo có số liệu", "Tổng", "Bình quân", "Hệ thống ghi nhận");
            for (Consolidation.IndicatorTotal t : c.indicators()) {
                String total = switch (t.type()) {
                    case INTEGER -> Long.toString(t.total());
                    case BOOLEAN -> t.total() + " cơ quan";
                    case MULTI_CHOICE -> t.choices().entrySet().stream().map(e -> form(e.getKey()) + ": " + e.getValue())
                            .collect(Collectors.joining("; "));
                    case PERCENTAGE -> "";
                };
                String average = t.average() == null ? "" : t.type() == vn.gov.pressinfo.reporting.regime.IndicatorType.PERCENTAGE
                        ? t.average() + "%" : t.average().toString();
                row(table, table.getNumberOfRows(), t.label(), Integer.toString(t.reported()), total, average,
                        t.recorded() == null ? "" : Long.toString(t.recorded()));
            }
            if (!c.providingInformation().isEmpty()) {
                text(doc, "Kết quả cung cấp thông tin cho báo chí do hệ thống ghi nhận:");
                for (Consolidation.RecordedFigure f : c.providingInformation()) {
                    text(doc, "- " + f.label() + ": " + f.value());
                }
            }

            section(doc, "III. TỒN TẠI, HẠN CHẾ", c.narrative().shortcomings());
            section(doc, "IV. NGUYÊN NHÂN", c.narrative().causes());
            section(doc, "V. KIẾN NGHỊ, ĐỀ XUẤT", c.narrative().proposals());
            section(doc, "Phụ lục 1. Kết quả nổi bật do các cơ quan, đơn vị báo cáo", c.narrative().results());

            heading(doc, "Phụ lục 2. Danh sách cơ quan, đơn vị chưa gửi báo cáo (" + c.missingAgencies().size() + ")");
            numbered(doc, c.missingAgencies());
            heading(doc, "Phụ lục 3. Danh sách cơ quan, đơn vị gửi báo cáo muộn (" + c.lateAgencies().size() + ")");
            numbered(doc, c.lateAgencies());
            if (!c.withdrawnAgencies().isEmpty()) {
                heading(doc, "Phụ lục 4. Danh sách cơ quan, đơn vị đã giải thể/sáp nhập, rút yêu cầu báo cáo (" + c.withdrawnAgencies().size() + ")");
                numbered(doc, c.withdrawnAgencies());
            }
            doc.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the consolidated report", e);
        }
    }

    private static final Map<String, String> FORMS = Map.of(
            "PRESS_CONFERENCE", "Họp báo",
            "PORTAL_OR_SOCIAL_PAGE", "Đăng trên cổng/trang thông tin điện tử, mạng xã hội",
            "STATEMENT_OR_INTERVIEW", "Phát ngôn trực tiếp, trả lời phỏng vấn",
            "PRESS_RELEASE_OR_WRITTEN_ANSWER", "Thông cáo báo chí, trả lời bằng văn bản",
            "PRESS_BRIEFING", "Giao ban báo chí",
            "REQUEST_TO_PUBLISH_RESPONSE", "Yêu cầu đăng phản hồi, cải chính");

    private static String form(String code) {
        return FORMS.getOrDefault(code, code);
    }

    private static void centered(XWPFDocument doc, String text, boolean bold, int size) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun run = p.createRun();
        run.setBold(bold);
        run.setFontFamily("Times New Roman");
        run.setFontSize(size);
        run.setText(text);
    }

    private static void heading(XWPFDocument doc, String text) {
        XWPFRun run = doc.createParagraph().createRun();
        run.setBold(true);
        run.setFontFamily("Times New Roman");
        run.setFontSize(13);
        run.setText(text);
    }

    private static void text(XWPFDocument doc, String text) {
        XWPFRun run = doc.createParagraph().createRun();
        run.setFontFamily("Times New Roman");
        run.setFontSize(13);
        run.setText(text);
    }

    private static void section(XWPFDocument doc, String title, List<Consolidation.Extract> extracts) {
        heading(doc, title);
        if (extracts.isEmpty()) {
            text(doc, "(Không có nội dung được báo cáo.)");
        }
        for (Consolidation.Extract e : extracts) {
            text(doc, "- " + e.agencyName() + ": " + e.text());
        }
    }

    private static void numbered(XWPFDocument doc, List<String> names) {
        int n = 0;
        for (String name : names) {
            text(doc, ++n + ". " + name);
        }
    }

    private static void row(XWPFTable table, int index, String... cells) {
        var row = index < table.getNumberOfRows() ? table.getRow(index) : table.createRow();
        for (int i = 0; i < cells.length; i++) {
            row.getCell(i).setText(cells[i]);
        }
    }
}
