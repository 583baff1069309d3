package vn.gov.pressinfo.reporting.document;

import java.util.List;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.XWPFTable;

import vn.gov.pressinfo.documents.AdministrativeDocument;
import vn.gov.pressinfo.reporting.compliance.ComplianceLists;
import vn.gov.pressinfo.reporting.compliance.published.ComplianceList;
import vn.gov.pressinfo.reporting.compliance.published.ComplianceListKind;

/**
 * A published compliance list as the document the department posts (DANH SÁCH …): the letterhead snapshotted when it was
 * published, the decision it is attached to, the rule when it was derived from the scores, the table of agencies, the
 * decision's signer.
 */
public final class ComplianceListDocument {

    private ComplianceListDocument() {
    }

    /** The summary under "DANH SÁCH", e.g. "Cơ quan, đơn vị chưa thực hiện tốt công tác phát ngôn … năm 2025". */
    public static String summary(ComplianceList l) {
        String who = l.kind == ComplianceListKind.COMMENDATION ? "Cơ quan, đơn vị được đề nghị khen thưởng về"
                : "Cơ quan, đơn vị chưa thực hiện tốt";
        return who + " công tác phát ngôn và cung cấp thông tin cho báo chí " + VietnameseText.period(l.periodLabel);
    }

    public static byte[] docx(ComplianceList l) {
        Letterheads.Letterhead head = Letterheads.Letterhead.of(l.decisionDate, l.issuerId, l.issuerName, l.issuerCode, l.provinceCommittee,
                l.decisionSigner);
        try (AdministrativeDocument doc = AdministrativeDocument.create()) {
            doc.header(head.issuer(), l.decisionNumber, null, l.decisionDate)
                    .title("Danh sách", summary(l))
                    .centred("(Kèm theo Quyết định số " + l.decisionNumber + " ngày " + VietnameseText.date(l.decisionDate) + " của "
                            + l.issuerName + ")", false);
            if (l.rule != null) {
                doc.paragraph("Tiêu chí: " + l.rule.substring(0, 1).toLowerCase(Locale.forLanguageTag("vi")) + l.rule.substring(1));
            }
            if (l.agencies.isEmpty()) {
                doc.paragraph("Không có cơ quan, đơn vị nào.");
            } else {
                XWPFTable table = doc.table(List.of("STT", "Tên cơ quan, đơn vị", "Điểm đánh giá (%)", "Ghi chú"), 2, 11, 3, 6);
                int n = 0;
                for (ComplianceLists.Entry e : l.agencies) {
                    AdministrativeDocument.row(table, false, Integer.toString(++n), e.agencyName(),
                            e.score() == null ? "-" : VietnameseText.decimal(e.score()), e.reason() == null ? "" : e.reason());
                }
            }
            doc.paragraph("Danh sách gồm " + VietnameseText.count(l.agencyCount) + " cơ quan, đơn vị./.");
            doc.signature(head.signature(), List.of(l.provinceCommittee, "Các cơ quan, đơn vị có tên trong danh sách", Letterheads.MINISTRY));
            return doc.toBytes();
        }
    }
}
