package vn.gov.pressinfo.reporting.document;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import vn.gov.pressinfo.reporting.assignment.AssignmentState;
import vn.gov.pressinfo.reporting.status.AgencyStatus;
import vn.gov.pressinfo.reporting.status.RequestStatus;
import vn.gov.pressinfo.reporting.status.StatusCounts;
import vn.gov.pressinfo.web.CsvExport;

/**
 * The status table of a request (tình hình gửi báo cáo) as a spreadsheet or as CSV: the same line per agency in both, every
 * cell a person reads in Vietnamese (groups, states and timeliness by their labels, never their codes).
 */
public final class StatusFiles {

    public static final String CSV = "text/csv";
    private static final CsvExport<Line> CSV_WRITER = CsvExport.of(Line.class);

    private StatusFiles() {
    }

    /** One line of the table, with its Vietnamese column headers. */
    @JsonPropertyOrder({"number", "agency", "group", "submission", "timeliness", "submittedAt", "state"})
    public record Line(
            @JsonProperty("STT") int number,
            @JsonProperty("Cơ quan") String agency,
            @JsonProperty("Nhóm") String group,
            @JsonProperty("Tình trạng") String submission,
            @JsonProperty("Đúng hạn / muộn") String timeliness,
            @JsonProperty("Thời điểm gửi") String submittedAt,
            @JsonProperty("Trạng thái xử lý") String state) {

        static Line of(int n, RequestStatus.Group group, AgencyStatus a) {
            return new Line(n, a.agencyName(), group.group().label(), StatusFiles.submission(a), StatusFiles.timeliness(a), VietnameseText.dateTime(a.submittedAt()),
                    a.state().label());
        }
    }

    /** "Đã gửi", "Chưa gửi", or the label of WITHDRAWN. */
    public static String submission(AgencyStatus a) {
        return a.submitted() ? AssignmentState.SUBMITTED.label()
                : a.state() == AssignmentState.WITHDRAWN ? AssignmentState.WITHDRAWN.label() : AssignmentState.OPEN.label();
    }

    /** "Đúng hạn" / "Muộn" for a submission, "Quá hạn" for an overdue one, otherwise empty. */
    public static String timeliness(AgencyStatus a) {
        return a.submitted() ? (a.late() ? "Muộn" : "Đúng hạn") : (a.overdue() ? "Quá hạn" : "");
    }

    static List<Line> lines(RequestStatus status) {
        List<Line> lines = new ArrayList<>();
        for (RequestStatus.Group group : status.groups()) {
            for (AgencyStatus a : group.agencies()) {
                lines.add(Line.of(lines.size() + 1, group, a));
            }
        }
        return lines;
    }

    public static byte[] csv(RequestStatus status) {
        return CSV_WRITER.write(lines(status));
    }

    public static byte[] xlsx(RequestStatus status) {
        StatusCounts counts = status.counts();
        String summary = "Hạn gửi: " + VietnameseText.date(status.dueDate()) + "; đã gửi " + counts.submitted() + "/" + counts.total()
                + ", chưa gửi " + counts.notSubmitted() + ", gửi muộn " + counts.late()
                + (counts.withdrawn() > 0 ? ", " + AssignmentState.WITHDRAWN.label().toLowerCase(VietnameseText.VIETNAMESE) + " (rút yêu cầu) "
                        + counts.withdrawn() : "");
        try (Spreadsheet book = new Spreadsheet()) {
            Spreadsheet.Table table = book.sheet("Tình hình gửi báo cáo",
                    List.of("Tình hình gửi báo cáo: " + status.reference() + " - " + status.subject(), summary),
                    List.of(Spreadsheet.column("STT", 6), Spreadsheet.column("Cơ quan", 60), Spreadsheet.column("Nhóm", 24),
                            Spreadsheet.column("Tình trạng", 18), Spreadsheet.column("Đúng hạn / muộn", 16),
                            Spreadsheet.column("Thời điểm gửi", 18), Spreadsheet.column("Trạng thái xử lý", 28)));
            for (Line l : lines(status)) {
                table.row(l.number(), l.agency(), l.group(), l.submission(), l.timeliness(), l.submittedAt(), l.state());
            }
            return book.toBytes();
        }
    }
}
