package vn.gov.pressinfo.reporting.document;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import vn.gov.pressinfo.reporting.assignment.AssignmentState;
import vn.gov.pressinfo.reporting.assignment.ReportContent;
import vn.gov.pressinfo.reporting.consolidation.Consolidation;
import vn.gov.pressinfo.reporting.consolidation.ConsolidationReport;
import vn.gov.pressinfo.reporting.regime.IndicatorDefinition;
import vn.gov.pressinfo.reporting.status.AgencyStatus;
import vn.gov.pressinfo.reporting.status.RequestStatus;
import vn.gov.pressinfo.reporting.status.StatusCounts;

/**
 * The consolidated report as a workbook, one sheet per part: "Tổng hợp" (the reporting counts, the totals per indicator
 * beside the recorded figures, the suite's figures on providing information), "Chỉ tiêu theo cơ quan" (what each agency
 * declared) and "Phụ lục" (the appendix of who submitted, as in the DOCX).
 */
public final class ConsolidationWorkbook {

    private ConsolidationWorkbook() {
    }

    public static byte[] xlsx(ConsolidationReport r) {
        Consolidation c = r.consolidation();
        List<String> title = List.of("Báo cáo " + ConsolidatedReport.summary(r.period()).toLowerCase(VietnameseText.VIETNAMESE),
                "Theo Công văn số " + c.reference() + " ngày " + VietnameseText.date(r.issuedOn()) + ": " + c.subject(),
                "Số liệu tính đến ngày " + VietnameseText.date(c.asOf()));
        try (Spreadsheet book = new Spreadsheet()) {
            totals(book, title, c);
            perAgency(book, title, r);
            appendix(book, title, r.status());
            return book.toBytes();
        }
    }

    private static void totals(Spreadsheet book, List<String> title, Consolidation c) {
        Spreadsheet.Table t = book.sheet("Tổng hợp", title, List.of(Spreadsheet.column("STT", 6), Spreadsheet.column("Nội dung", 60),
                Spreadsheet.column("Số báo cáo có số liệu", 14), Spreadsheet.column("Tổng hợp theo báo cáo", 30),
                Spreadsheet.column("Hệ thống ghi nhận", 14)));
        StatusCounts n = c.counts();
        t.boldRow("I", "Tình hình thực hiện chế độ báo cáo");
        t.row(1, "Số cơ quan, đơn vị được đề nghị báo cáo", null, n.total());
        t.row(2, "Đã gửi báo cáo", null, n.submitted());
        t.row(3, "Trong đó: gửi đúng hạn", null, n.onTime());
        t.row(4, "Trong đó: gửi muộn", null, n.late());
        t.row(5, "Chưa gửi báo cáo", null, n.notSubmitted());
        t.row(6, AssignmentState.WITHDRAWN.label(), null, n.withdrawn());
        t.boldRow("II", "Kết quả thực hiện theo chỉ tiêu");
        int i = 0;
        for (Consolidation.IndicatorTotal x : c.indicators()) {
            Object declared = switch (x.type()) {
                case INTEGER, BOOLEAN -> x.total();
                default -> ConsolidatedReport.declared(x);
            };
            t.row(++i, x.label(), x.reported(), declared, x.recorded());
        }
        if (!c.providingInformation().isEmpty()) {
            t.boldRow("III", "Kết quả cung cấp thông tin cho báo chí do hệ thống ghi nhận");
            i = 0;
            for (Consolidation.RecordedFigure f : c.providingInformation()) {
                t.row(++i, f.label(), null, null, f.value());
            }
        }
    }

    private static void perAgency(Spreadsheet book, List<String> title, ConsolidationReport r) {
        List<Spreadsheet.Column> columns = new ArrayList<>(List.of(Spreadsheet.column("STT", 6), Spreadsheet.column("Tên cơ quan, đơn vị", 45),
                Spreadsheet.column("Nhóm", 20), Spreadsheet.column("Tình trạng", 16), Spreadsheet.column("Đúng hạn / muộn", 14)));
        for (IndicatorDefinition d : r.indicators()) {
            columns.add(Spreadsheet.column(d.label(), switch (d.type()) {
                case MULTI_CHOICE -> 50;
                default -> 16;
            }));
        }
        Spreadsheet.Table t = book.sheet("Chỉ tiêu theo cơ quan", title, columns);
        int n = 0;
        for (RequestStatus.Group g : r.status().groups()) {
            for (AgencyStatus a : g.agencies()) {
                List<Object> cells = new ArrayList<>(List.of(++n, a.agencyName(), g.group().label(), StatusFiles.submission(a),
                        StatusFiles.timeliness(a)));
                ReportContent content = r.submitted().get(a.assignmentId());
                for (IndicatorDefinition d : r.indicators()) {
                    cells.add(content == null ? null : value(content.indicators().get(d.key())));
                }
                t.row(cells.toArray());
            }
        }
    }

    /** A declared value as a cell: numbers as numbers, yes/no in Vietnamese, forms by their labels. */
    static Object value(Object v) {
        if (v instanceof Boolean b) {
            return b ? "Có" : "Không";
        }
        if (v instanceof List<?> forms) {
            return forms.stream().map(f -> ConsolidatedReport.form(String.valueOf(f))).collect(Collectors.joining("; "));
        }
        return v;
    }

    private static void appendix(Spreadsheet book, List<String> title, RequestStatus status) {
        Spreadsheet.Table t = book.sheet("Phụ lục", List.of("Phụ lục: Tình hình gửi báo cáo của các cơ quan, đơn vị", title.get(1)),
                List.of(Spreadsheet.column("STT", 6), Spreadsheet.column("Tên cơ quan, đơn vị", 55), Spreadsheet.column("Đã gửi", 10),
                        Spreadsheet.column("Chưa gửi", 10), Spreadsheet.column("Ghi chú", 30)));
        for (RequestStatus.Group g : status.groups()) {
            t.boldRow(null, g.group().label());
            int n = 0;
            for (AgencyStatus a : g.agencies()) {
                t.row(++n, a.agencyName(), a.submitted() ? "x" : null, !a.submitted() && a.state() != AssignmentState.WITHDRAWN ? "x" : null,
                        ConsolidatedReport.note(a));
            }
            t.boldRow(null, "Cộng", g.counts().submitted(), g.counts().notSubmitted());
        }
        t.boldRow(null, "Tổng cộng", status.counts().submitted(), status.counts().notSubmitted());
    }
}
