package vn.gov.pressinfo.reporting.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.gov.pressinfo.reporting.assignment.AssignmentState;
import vn.gov.pressinfo.web.BusinessTime;

/**
 * The status table as a spreadsheet (XLSX) or as CSV (UTF-8 with a byte-order mark, so Excel shows Vietnamese). Every cell
 * a person reads is Vietnamese: the state is its label ({@link AssignmentState#label()}), never its code.
 */
public final class StatusExport {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV = "text/csv";
    private static final String[] HEADER = {"STT", "Cơ quan", "Nhóm", "Tình trạng", "Đúng hạn / muộn", "Thời điểm gửi", "Trạng thái xử lý"};
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(BusinessTime.ZONE);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private StatusExport() {
    }

    private static String[] line(int n, RequestStatus.Group group, AgencyStatus a) {
        boolean withdrawn = a.state() == AssignmentState.WITHDRAWN;
        return new String[] {Integer.toString(n), a.agencyName(), group.label(),
                a.submitted() ? "Đã gửi" : withdrawn ? AssignmentState.WITHDRAWN.label() : "Chưa gửi",
                a.submitted() ? (a.late() ? "Muộn" : "Đúng hạn") : (a.overdue() ? "Quá hạn" : ""),
                a.submittedAt() == null ? "" : WHEN.format(a.submittedAt()), a.state().label()};
    }

    public static byte[] csv(RequestStatus status) {
        StringBuilder out = new StringBuilder("\uFEFF");
        append(out, HEADER);
        int n = 0;
        for (RequestStatus.Group group : status.groups()) {
            for (AgencyStatus a : group.agencies()) {
                append(out, line(++n, group, a));
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void append(StringBuilder out, String[] cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            String cell = cells[i];
            if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
                out.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                out.append(cell);
            }
        }
        out.append("\r\n");
    }

    public static byte[] xlsx(RequestStatus status) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Tình hình gửi báo cáo");
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            int r = 0;
            Row title = sheet.createRow(r++);
            title.createCell(0).setCellValue("Tình hình gửi báo cáo: " + status.reference() + " - " + status.subject());
            title.getCell(0).setCellStyle(header);
            StatusCounts counts = status.counts();
            sheet.createRow(r++).createCell(0).setCellValue("Hạn gửi: " + DAY.format(status.dueDate()) + "; đã gửi " + counts.submitted() + "/"
                    + counts.total() + ", chưa gửi " + counts.notSubmitted() + ", gửi muộn " + counts.late()
                    + (counts.withdrawn() > 0 ? ", " + AssignmentState.WITHDRAWN.label().toLowerCase(VIETNAMESE) + " (rút yêu cầu) "
                            + counts.withdrawn() : ""));
            r++;
            Row head = sheet.createRow(r++);
            for (int i = 0; i < HEADER.length; i++) {
                Cell cell = head.createCell(i);
                cell.setCellValue(HEADER[i]);
                cell.setCellStyle(header);
            }
            int n = 0;
            for (RequestStatus.Group group : status.groups()) {
                for (AgencyStatus a : group.agencies()) {
                    String[] cells = line(++n, group, a);
                    Row row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(n);
                    for (int i = 1; i < cells.length; i++) {
                        row.createCell(i).setCellValue(cells[i]);
                    }
                }
            }
            sheet.setColumnWidth(1, 60 * 256);
            sheet.setColumnWidth(2, 40 * 256);
            for (int i = 3; i < HEADER.length; i++) {
                sheet.setColumnWidth(i, 18 * 256);
            }
            workbook.write(bytes);
            workbook.dispose();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the status spreadsheet", e);
        }
    }
}
