package vn.gov.pressinfo.pressresponse.document;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

import vn.gov.pressinfo.documents.AdministrativeDocument;
import vn.gov.pressinfo.pressresponse.deadline.DeadlineUnit;
import vn.gov.pressinfo.pressresponse.presscase.Medium;
import vn.gov.pressinfo.pressresponse.presscase.Verdict;
import vn.gov.pressinfo.web.BusinessTime;

/**
 * The rebuttal letter (công văn đề nghị cải chính thông tin sai sự thật) an agency sends to a press agency, laid out by
 * {@link AdministrativeDocument} (Decree 30/2020/NĐ-CP). Only what the letter says lives here; every name in it (issuer,
 * place, addressee, signer, the department in "Nơi nhận", the legal basis) comes from data through {@link Content}.
 *
 * <p>A công văn has no kind line in capitals: its summary ("V/v …") stands under the number in the left column of the
 * header (Decree 30, Appendix I, item 5b). {@link AdministrativeDocument#title} always prints a kind line, so that one
 * paragraph is added through {@link AdministrativeDocument#poi()}.
 */
public final class RebuttalLetter {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH 'giờ' mm 'ngày' dd/MM/yyyy");
    private static final Locale VI = Locale.forLanguageTag("vi");

    /**
     * What the letter says.
     *
     * @param issuer            governing body, issuing agency and place, from the agency directory
     * @param number            the number and symbol given when the letter was sent (e.g. "125/SYT-VP"); null leaves it to the clerk
     * @param symbol            the symbol printed after the blank number, e.g. "CV-SYT"
     * @param date              the letter's date: the day it was sent, else the day it was approved
     * @param agencyName        the issuing agency as the sentences name it
     * @param outletName        the press agency (outlet) addressed
     * @param medium            the outlet's medium
     * @param articleTitle      the article's title
     * @param publishedOn       the day it was published (Asia/Ho_Chi_Minh)
     * @param url               where it was published
     * @param excerpt           the false content as the case recorded it
     * @param verdict           the verification's verdict
     * @param verdictReasoning  the verification's reasoning
     * @param letterText        the text the agency drafted
     * @param correctInformation the correct information
     * @param deadline          the correction rule in force for the medium on the letter's date; null when none is recorded
     * @param correctionDueAt   when the correction is due (known once the letter was sent); may be null
     * @param signer            the position (the approving spokesperson's title) and name; blank when not known
     * @param recipients        "Nơi nhận" before "Lưu: VT": "Như trên", the press management department, the others in copy
     */
    public record Content(AdministrativeDocument.Issuer issuer, String number, String symbol, LocalDate date, String agencyName,
            String outletName, Medium medium, String articleTitle, LocalDate publishedOn, String url, String excerpt, Verdict verdict,
            String verdictReasoning, String letterText, String correctInformation, Deadline deadline, Instant correctionDueAt,
            AdministrativeDocument.Signature signer, List<String> recipients) {
    }

    /** The correction rule quoted: its amount, its unit and its Vietnamese citation (null: none recorded). */
    public record Deadline(int amount, DeadlineUnit unit, String citation) {

        /** "24 (hai mươi bốn) giờ", "02 (hai) ngày", "05 (năm) ngày làm việc". */
        public String inWords() {
            return VietnameseNumbers.withWords(amount) + " " + unit.label();
        }
    }

    private RebuttalLetter() {
    }

    /** The summary line of the letter (trích yếu). */
    public static String summary(String outletName) {
        return "V/v đề nghị cải chính thông tin sai sự thật trên " + outletName;
    }

    /** "Ban Biên tập <outlet>": the editorial board of the press agency. */
    public static String editorialBoard(String outletName) {
        return "Ban Biên tập " + outletName;
    }

    /** The DOCX of the letter. */
    public static byte[] render(Content c) {
        try (AdministrativeDocument doc = AdministrativeDocument.create()) {
            doc.header(c.issuer(), c.number(), c.symbol(), c.date());
            summaryUnderNumber(doc, summary(c.outletName()));
            doc.addressee(List.of(editorialBoard(c.outletName())));
            for (String paragraph : body(c)) {
                doc.paragraph(paragraph);
            }
            doc.signature(c.signer(), c.recipients());
            return doc.toBytes();
        }
    }

    /** The paragraphs of the body, in order. */
    static List<String> body(Content c) {
        List<String> body = new ArrayList<>();
        String article = "Ngày " + c.publishedOn().format(DATE) + ", " + c.outletName() + " (" + c.medium().label().toLowerCase(VI)
                + ") đăng tải bài viết “" + c.articleTitle() + "”" + (c.url() == null ? "" : " tại địa chỉ " + c.url()) + ".";
        body.add(article);
        if (c.excerpt() != null && !c.excerpt().isBlank()) {
            body.add("Bài viết nêu: “" + stripEnd(c.excerpt()) + "”.");
        }
        String verdict = "Qua kiểm tra, xác minh, " + c.agencyName() + " khẳng định nội dung nêu trên là "
                + c.verdict().label().toLowerCase(VI) + ".";
        if (c.verdictReasoning() != null && !c.verdictReasoning().isBlank()) {
            verdict += " " + sentence(c.verdictReasoning());
        }
        body.add(verdict);
        if (c.letterText() != null) {
            c.letterText().lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(body::add);
        }
        body.add("Thông tin chính xác như sau: " + sentence(c.correctInformation()));
        body.add(request(c));
        body.add(c.agencyName() + " trân trọng đề nghị " + editorialBoard(c.outletName()) + " quan tâm, phối hợp thực hiện./.");
        return body;
    }

    /** The request to correct, with the legal basis and the deadline of the rule in force on the letter's date. */
    private static String request(Content c) {
        StringBuilder s = new StringBuilder();
        Deadline d = c.deadline();
        if (d != null && d.citation() != null && !d.citation().isBlank()) {
            s.append("Căn cứ ").append(d.citation()).append(", ");
        }
        s.append(c.agencyName()).append(" đề nghị ").append(editorialBoard(c.outletName()))
                .append(" cải chính thông tin sai sự thật nêu trên");
        if (d != null) {
            s.append(" trong thời hạn ").append(d.inWords()).append(" kể từ khi văn bản này được gửi");
            if (c.correctionDueAt() != null) {
                s.append(" (chậm nhất đến ").append(c.correctionDueAt().atZone(BusinessTime.ZONE).format(TIME)).append(")");
            }
        }
        s.append("; nội dung cải chính nêu rõ tác phẩm báo chí bị cải chính, số và ngày đăng, nội dung sai sự thật và nội dung "
                + "đúng, được đăng ở vị trí và bằng kiểu chữ như thông tin đã đăng");
        if (c.medium() == Medium.ONLINE) {
            s.append(", được giữ trên trang ít nhất 07 (bảy) ngày, đồng thời gỡ bỏ bài viết có thông tin sai sự thật");
        }
        return s.append('.').toString();
    }

    /**
     * The summary "V/v …" under "Số: …" in the left column of the header, 12 pt upright, centred (Decree 30 for công văn).
     * Built through {@code poi()} because {@link AdministrativeDocument#title} prints a kind line a công văn does not have.
     */
    private static void summaryUnderNumber(AdministrativeDocument doc, String summary) {
        XWPFTableCell numberCell = doc.poi().getTables().get(0).getRow(1).getCell(0);
        XWPFParagraph p = numberCell.addParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingBefore(60);
        p.setSpacingAfter(0);
        XWPFRun r = p.createRun();
        r.setFontFamily(AdministrativeDocument.FONT);
        r.setFontSize(12);
        r.setText(summary);
    }

    private static String stripEnd(String text) {
        String s = text.strip();
        while (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    private static String sentence(String text) {
        String s = text.strip();
        return s.endsWith(".") || s.endsWith("!") || s.endsWith("?") ? s : s + ".";
    }
}
