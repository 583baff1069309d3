package vn.gov.pressinfo.reporting.document;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFTable;

import vn.gov.pressinfo.documents.AdministrativeDocument;
import vn.gov.pressinfo.reporting.assignment.AssignmentState;
import vn.gov.pressinfo.reporting.compliance.ComplianceLists;
import vn.gov.pressinfo.reporting.consolidation.Consolidation;
import vn.gov.pressinfo.reporting.consolidation.ConsolidationReport;
import vn.gov.pressinfo.reporting.regime.ProvidingForm;
import vn.gov.pressinfo.reporting.status.AgencyGroup;
import vn.gov.pressinfo.reporting.status.AgencyStatus;
import vn.gov.pressinfo.reporting.status.RequestStatus;
import vn.gov.pressinfo.reporting.status.StatusCounts;

/**
 * The department's consolidated report to the province People's Committee (báo cáo tổng hợp) as a DOCX in the form of
 * Decree 30/2020 and with the structure of seed 003 (284/BC-STTTT): the letterhead of the report's date, number left blank
 * for the clerk; the preamble citing the request; I. the situation of the reporting; II. the results per indicator (declared
 * beside recorded) and on providing information to the press; III. the assessment (strengths, shortcomings, causes) from the
 * agencies' narratives; IV. proposals; V. the commendation proposal and the agencies that did not perform well
 * ({@link ComplianceLists}); signature and "Nơi nhận"; then, on a new page, the appendix of who submitted.
 */
public final class ConsolidatedReport {

    /** "Số:      /BC-…": the kind part of the symbol of a report (báo cáo). */
    public static final String KIND = "BC";
    private static final String NOTHING = "Không có nội dung do các cơ quan, đơn vị báo cáo.";

    private ConsolidatedReport() {
    }

    /** The report title's summary (trích yếu), e.g. "… cho báo chí năm 2025". */
    public static String summary(String period) {
        return "Kết quả công tác phát ngôn và cung cấp thông tin cho báo chí " + VietnameseText.period(period);
    }

    public static byte[] docx(ConsolidationReport r) {
        Consolidation c = r.consolidation();
        Letterheads.Letterhead head = r.letterhead();
        String department = head.department().agencyName();
        try (AdministrativeDocument doc = AdministrativeDocument.create()) {
            doc.header(head.issuer(), null, head.symbol(KIND), head.date())
                    .title("Báo cáo", summary(r.period()))
                    .addressee(List.of(head.provinceCommittee()))
                    .paragraph("Thực hiện Công văn số " + c.reference() + " ngày " + VietnameseText.date(r.issuedOn()) + " của "
                            + r.requestIssuer() + " về việc " + lowerFirst(c.subject()) + ", " + department + " báo cáo kết quả như sau:");

            doc.heading("I. TÌNH HÌNH THỰC HIỆN CHẾ ĐỘ BÁO CÁO");
            situation(doc, c, r.status());

            doc.heading("II. KẾT QUẢ THỰC HIỆN");
            doc.heading("1. Số liệu do các cơ quan, đơn vị báo cáo");
            indicators(doc, c);
            doc.heading("2. Kết quả cung cấp thông tin cho báo chí do hệ thống ghi nhận");
            if (c.providingInformation().isEmpty()) {
                doc.paragraph("Yêu cầu báo cáo không có kỳ số liệu nên hệ thống không tổng hợp được số liệu ghi nhận.");
            }
            for (Consolidation.RecordedFigure f : c.providingInformation()) {
                doc.paragraph("- " + f.label() + ": " + VietnameseText.number(f.value()) + ".");
            }

            doc.heading("III. ĐÁNH GIÁ CHUNG");
            extracts(doc, "1. Ưu điểm", c.narrative().results());
            extracts(doc, "2. Tồn tại, hạn chế", c.narrative().shortcomings());
            extracts(doc, "3. Nguyên nhân", c.narrative().causes());
            extracts(doc, "IV. KIẾN NGHỊ, ĐỀ XUẤT", c.narrative().proposals());

            doc.heading("V. ĐỀ XUẤT KHEN THƯỞNG VÀ CƠ QUAN, ĐƠN VỊ CHƯA THỰC HIỆN TỐT");
            ComplianceLists.Lists lists = r.lists();
            doc.heading("1. Đề nghị khen thưởng");
            list(doc, lists.commendationRule(), lists.commendation(), "Chưa có cơ quan, đơn vị đủ điều kiện đề nghị khen thưởng.");
            doc.heading("2. Cơ quan, đơn vị chưa thực hiện tốt");
            list(doc, lists.notPerformingWellRule(), lists.notPerformingWell(), "Không có cơ quan, đơn vị nào.");

            doc.paragraph("Trên đây là báo cáo kết quả công tác phát ngôn và cung cấp thông tin cho báo chí " + VietnameseText.period(r.period())
                    + " của " + department + "./.");
            doc.signature(head.signature(), head.reportRecipients());

            doc.pageBreak();
            appendix(doc, r.status(), head);
            return doc.toBytes();
        }
    }

    private static void situation(AdministrativeDocument doc, Consolidation c, RequestStatus status) {
        StatusCounts n = c.counts();
        String byGroup = status.groups().stream()
                .map(g -> VietnameseText.count(g.counts().total()) + " " + groupNoun(g.group())).collect(Collectors.joining(", "));
        doc.paragraph("Tổng số cơ quan, đơn vị được đề nghị báo cáo: " + VietnameseText.count(n.total()) + (byGroup.isEmpty() ? "" : " (" + byGroup + ")")
                + ". Hạn gửi báo cáo: " + VietnameseText.date(c.dueDate()) + ".");
        doc.paragraph("Tính đến ngày " + VietnameseText.date(c.asOf()) + ", có " + n.submitted() + "/" + n.total()
                + " cơ quan, đơn vị đã gửi báo cáo (" + n.onTime() + " đúng hạn, " + n.late() + " gửi muộn); " + n.notSubmitted()
                + " cơ quan, đơn vị chưa gửi báo cáo" + (n.withdrawn() > 0 ? "; " + n.withdrawn() + " cơ quan, đơn vị đã giải thể/sáp nhập "
                        + "(không còn thuộc đối tượng báo cáo)" : "") + ". Chi tiết tại Phụ lục kèm theo.");
    }

    private static String groupNoun(AgencyGroup group) {
        return switch (group) {
            case DEPARTMENTS_AND_BOARDS -> "sở, ban, ngành";
            case DISTRICT_COMMITTEES -> "UBND cấp huyện";
            case COMMUNE_COMMITTEES -> "UBND cấp xã";
        };
    }

    private static void indicators(AdministrativeDocument doc, Consolidation c) {
        XWPFTable table = doc.table(List.of("STT", "Chỉ tiêu", "Số báo cáo có số liệu", "Tổng hợp theo báo cáo", "Hệ thống ghi nhận"),
                2, 10, 3, 6, 3);
        int n = 0;
        for (Consolidation.IndicatorTotal t : c.indicators()) {
            AdministrativeDocument.row(table, false, Integer.toString(++n), t.label(), VietnameseText.number(t.reported()), declared(t),
                    t.recorded() == null ? "-" : VietnameseText.number(t.recorded()));
        }
    }

    /** What the agencies declared, summed as the indicator's type allows. */
    static String declared(Consolidation.IndicatorTotal t) {
        return switch (t.type()) {
            case INTEGER -> VietnameseText.number(t.total()) + (t.average() == null ? "" : " (bình quân " + VietnameseText.decimal(t.average()) + ")");
            case BOOLEAN -> VietnameseText.number(t.total()) + " cơ quan, đơn vị";
            case PERCENTAGE -> t.average() == null ? "" : "Bình quân " + VietnameseText.decimal(t.average()) + "%";
            case MULTI_CHOICE -> t.choices().entrySet().stream().map(e -> form(e.getKey()) + ": " + e.getValue())
                    .collect(Collectors.joining("; "));
        };
    }

    /** A form of providing information by its label; an unknown code as it is. */
    static String form(String code) {
        try {
            return ProvidingForm.valueOf(code).label();
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

    private static void extracts(AdministrativeDocument doc, String title, List<Consolidation.Extract> extracts) {
        doc.heading(title);
        if (extracts.isEmpty()) {
            doc.paragraph(NOTHING);
        }
        for (Consolidation.Extract e : extracts) {
            doc.paragraph("- " + e.agencyName() + ": " + e.text());
        }
    }

    private static void list(AdministrativeDocument doc, String rule, List<ComplianceLists.Entry> entries, String none) {
        doc.paragraph("Tiêu chí: " + lowerFirst(rule));
        if (entries.isEmpty()) {
            doc.paragraph(none);
            return;
        }
        XWPFTable table = doc.table(List.of("STT", "Tên cơ quan, đơn vị", "Điểm đánh giá (%)", "Ghi chú"), 2, 11, 3, 6);
        int n = 0;
        for (ComplianceLists.Entry e : entries) {
            AdministrativeDocument.row(table, false, Integer.toString(++n), e.agencyName(), e.score() == null ? "-" : VietnameseText.decimal(e.score()),
                    e.reason());
        }
    }

    /**
     * "Phụ lục: Tình hình gửi báo cáo của các cơ quan, đơn vị": one row per agency, grouped as the status table groups them,
     * "x" under Đã gửi or Chưa gửi, notes for late and withdrawn agencies, a subtotal per group and the total.
     */
    static void appendix(AdministrativeDocument doc, RequestStatus status, Letterheads.Letterhead head) {
        doc.centred("Phụ lục", true);
        doc.centred("Tình hình gửi báo cáo của các cơ quan, đơn vị", true);
        doc.centred("(Kèm theo Báo cáo số      /" + head.symbol(KIND) + " ngày " + VietnameseText.date(head.date()) + " của "
                + head.department().agencyName() + ")", false);
        XWPFTable table = doc.table(List.of("STT", "Tên cơ quan, đơn vị", "Đã gửi", "Chưa gửi", "Ghi chú"), 2, 10, 3, 3, 6);
        for (RequestStatus.Group g : status.groups()) {
            AdministrativeDocument.groupRow(table, g.group().label());
            int n = 0;
            for (AgencyStatus a : g.agencies()) {
                AdministrativeDocument.row(table, false, Integer.toString(++n), a.agencyName(), a.submitted() ? "x" : "",
                        !a.submitted() && a.state() != AssignmentState.WITHDRAWN ? "x" : "", note(a));
            }
            AdministrativeDocument.row(table, true, "", "Cộng", Integer.toString(g.counts().submitted()),
                    Integer.toString(g.counts().notSubmitted()), notes(g.counts()));
        }
        StatusCounts t = status.counts();
        AdministrativeDocument.row(table, true, "", "Tổng cộng (" + t.total() + " cơ quan, đơn vị)", Integer.toString(t.submitted()),
                Integer.toString(t.notSubmitted()), notes(t));
    }

    /** Ghi chú of one agency: "Gửi muộn", or the label of a withdrawn assignment. */
    public static String note(AgencyStatus a) {
        if (a.state() == AssignmentState.WITHDRAWN) {
            return AssignmentState.WITHDRAWN.label();
        }
        return a.submitted() && a.late() ? "Gửi muộn" : "";
    }

    private static String notes(StatusCounts c) {
        String late = c.late() > 0 ? c.late() + " gửi muộn" : "";
        String withdrawn = c.withdrawn() > 0 ? c.withdrawn() + " đã giải thể/sáp nhập" : "";
        return late.isEmpty() || withdrawn.isEmpty() ? late + withdrawn : late + "; " + withdrawn;
    }

    static String lowerFirst(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String first = text.substring(0, 1);
        // Keep proper nouns and abbreviations: only lower a capital followed by a lower-case letter ("Báo cáo" → "báo cáo").
        return text.length() > 1 && Character.isLowerCase(text.charAt(1)) ? first.toLowerCase(Locale.forLanguageTag("vi")) + text.substring(1)
                : text;
    }
}
