package vn.gov.pressinfo.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;

/**
 * A Vietnamese administrative document (văn bản hành chính) laid out as Decree 30/2020/NĐ-CP, Appendix I prescribes: A4
 * portrait, margins top and bottom 20 mm, left 30 mm, right 15 mm; Times New Roman; the two-column header (governing and
 * issuing body with the number and symbol on the left; the national title, the motto and "place, date" on the right); the
 * kind and summary of the document; "Kính gửi"; the body; "Nơi nhận" beside the signature block. Only the layout lives
 * here: each service says what its documents contain, and where the issuing body and place come from (data).
 *
 * <p>Built top to bottom: {@link #create()}, {@link #header}, {@link #title}, {@link #addressee}, body
 * ({@link #heading}, {@link #paragraph}, {@link #table}), {@link #signature}, then {@link #toBytes()}.
 */
public final class AdministrativeDocument implements AutoCloseable {

    /** Times New Roman, the font Decree 30 prescribes (Unicode TCVN 6909:2001). */
    public static final String FONT = "Times New Roman";
    /** The national title (Quốc hiệu) and the motto (Tiêu ngữ). */
    public static final String NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    /** The media type of the DOCX files this class writes. */
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    static final int BODY_SIZE = 14;
    /** The number line; the bodies and the national title use 12 pt (Decree 30: 12–13), which keeps each on one line. */
    static final int HEADER_SIZE = 13;
    static final int RECIPIENTS_SIZE = 11;
    /** A4 in twentieths of a point: 210 × 297 mm. */
    static final long A4_WIDTH = 11906;
    static final long A4_HEIGHT = 16838;
    static final long MARGIN_TOP = mm(20);
    static final long MARGIN_BOTTOM = mm(20);
    static final long MARGIN_LEFT = mm(30);
    static final long MARGIN_RIGHT = mm(15);
    /** Width of the text between the margins, in twips. */
    static final long TEXT_WIDTH = A4_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;

    private final XWPFDocument doc = new XWPFDocument();

    private AdministrativeDocument() {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        margins.setHeader(BigInteger.valueOf(mm(10)));
        margins.setFooter(BigInteger.valueOf(mm(10)));
    }

    /** An empty A4 document with the margins of Decree 30. */
    public static AdministrativeDocument create() {
        return new AdministrativeDocument();
    }

    /**
     * Who issues the document.
     *
     * @param governingBody the body the issuer belongs to (cơ quan chủ quản), e.g. "Ủy ban nhân dân tỉnh An Giang"; may be null
     * @param issuingBody   the issuer, e.g. "Sở Văn hóa, Thể thao và Du lịch"
     * @param place         the place name of the date line, e.g. "An Giang"
     */
    public record Issuer(String governingBody, String issuingBody, String place) {

        /**
         * The issuer {@code issuingBody} under the province committee {@code provinceCommittee}: the place is the province's
         * name ("Ủy ban nhân dân tỉnh An Giang" → "An Giang"; "Ủy ban nhân dân thành phố Cần Thơ" → "Cần Thơ").
         */
        public static Issuer under(String provinceCommittee, String issuingBody) {
            return new Issuer(provinceCommittee, issuingBody, placeOf(provinceCommittee == null ? issuingBody : provinceCommittee));
        }

        static String placeOf(String name) {
            String place = name.strip();
            for (String prefix : List.of("Ủy ban nhân dân", "UBND")) {
                if (place.regionMatches(true, 0, prefix, 0, prefix.length())) {
                    place = place.substring(prefix.length()).strip();
                }
            }
            for (String prefix : List.of("tỉnh", "thành phố")) {
                if (place.regionMatches(true, 0, prefix, 0, prefix.length())) {
                    place = place.substring(prefix.length()).strip();
                }
            }
            return place;
        }
    }

    /**
     * The signature block (thẩm quyền, chức vụ, họ tên người ký).
     *
     * @param authority "TM." / "KT." / "Q." line above the position, e.g. "KT. GIÁM ĐỐC"; may be null
     * @param position  the signer's position, e.g. "Phó Giám đốc"
     * @param name      the signer's full name
     */
    public record Signature(String authority, String position, String name) {
    }

    /**
     * The two-column header without borders.
     *
     * @param number the number and symbol, e.g. "284/BC-SVHTTDL"; null leaves the number blank for the clerk ("Số:   /…")
     * @param symbol the symbol used when {@code number} is null, e.g. "BC-SVHTTDL"
     */
    public AdministrativeDocument header(Issuer issuer, String number, String symbol, LocalDate date) {
        XWPFTable table = borderless(2, 2);
        XWPFTableCell left = table.getRow(0).getCell(0);
        if (issuer.governingBody() != null) {
            run(first(left), issuer.governingBody().toUpperCase(Locale.forLanguageTag("vi")), 12, false, false);
        }
        XWPFParagraph body = issuer.governingBody() == null ? first(left) : left.addParagraph();
        body.setAlignment(ParagraphAlignment.CENTER);
        run(body, issuer.issuingBody().toUpperCase(Locale.forLanguageTag("vi")), 12, true, false);
        underline(left.addParagraph());
        XWPFTableCell right = table.getRow(0).getCell(1);
        run(first(right), NATIONAL_TITLE, 12, true, false);
        XWPFParagraph motto = right.addParagraph();
        motto.setAlignment(ParagraphAlignment.CENTER);
        run(motto, MOTTO, BODY_SIZE, true, false);
        underline(right.addParagraph());
        run(first(table.getRow(1).getCell(0)), "Số: " + (number != null ? number : "      /" + symbol), HEADER_SIZE, false, false);
        run(first(table.getRow(1).getCell(1)), dateLine(issuer.place(), date), BODY_SIZE, false, true);
        return this;
    }

    /** "<place>, ngày 05 tháng 01 năm 2026": days under 10 and the months January and February with a leading zero. */
    public static String dateLine(String place, LocalDate date) {
        String day = String.format(Locale.ROOT, "%02d", date.getDayOfMonth());
        String month = date.getMonthValue() <= 2 ? String.format(Locale.ROOT, "%02d", date.getMonthValue())
                : Integer.toString(date.getMonthValue());
        return place + ", ngày " + day + " tháng " + month + " năm " + date.getYear();
    }

    /** The kind of document in capitals (e.g. "BÁO CÁO") and its summary (trích yếu), centred and bold. */
    public AdministrativeDocument title(String kind, String summary) {
        XWPFParagraph k = paragraph(ParagraphAlignment.CENTER, 240, 0);
        run(k, kind.toUpperCase(Locale.forLanguageTag("vi")), BODY_SIZE, true, false);
        if (summary != null) {
            XWPFParagraph s = paragraph(ParagraphAlignment.CENTER, 0, 120);
            run(s, summary, BODY_SIZE, true, false);
            underline(paragraph(ParagraphAlignment.CENTER, 0, 120));
        }
        return this;
    }

    /** "Kính gửi: …", one recipient on the line or each on its own line after a dash. */
    public AdministrativeDocument addressee(List<String> recipients) {
        XWPFParagraph p = paragraph(ParagraphAlignment.CENTER, 120, 120);
        if (recipients.size() == 1) {
            run(p, "Kính gửi: " + recipients.get(0) + ".", BODY_SIZE, false, false);
            return this;
        }
        run(p, "Kính gửi:", BODY_SIZE, false, false);
        for (int i = 0; i < recipients.size(); i++) {
            XWPFParagraph line = paragraph(ParagraphAlignment.LEFT, 0, 0);
            line.setIndentationLeft((int) mm(50));
            run(line, "- " + recipients.get(i) + (i == recipients.size() - 1 ? "." : ";"), BODY_SIZE, false, false);
        }
        return this;
    }

    /** A section heading of the body ("I. …"), bold, flush left. */
    public AdministrativeDocument heading(String text) {
        XWPFParagraph p = paragraph(ParagraphAlignment.BOTH, 120, 60);
        p.setIndentationFirstLine((int) mm(10));
        run(p, text, BODY_SIZE, true, false);
        return this;
    }

    /** A justified body paragraph with a 10 mm first-line indent, 6 pt after, single line spacing. */
    public AdministrativeDocument paragraph(String text) {
        XWPFParagraph p = paragraph(ParagraphAlignment.BOTH, 0, 120);
        p.setIndentationFirstLine((int) mm(10));
        run(p, text, BODY_SIZE, false, false);
        return this;
    }

    /** A centred line (e.g. the title of an appendix), bold when asked. */
    public AdministrativeDocument centred(String text, boolean bold) {
        run(paragraph(ParagraphAlignment.CENTER, 120, 60), text, BODY_SIZE, bold, false);
        return this;
    }

    /**
     * A bordered table across the text width with a bold header row; the caller adds the rows with {@link #row}.
     *
     * @param widths relative column widths, one per header
     */
    public XWPFTable table(List<String> headers, int... widths) {
        XWPFTable table = doc.createTable(1, headers.size());
        table.setWidth(Long.toString(TEXT_WIDTH));
        table.setTableAlignment(TableRowAlign.CENTER);
        int total = 0;
        for (int i = 0; i < headers.size(); i++) {
            total += widths.length == headers.size() ? widths[i] : 1;
        }
        var grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        for (int i = 0; i < headers.size(); i++) {
            long width = TEXT_WIDTH * (widths.length == headers.size() ? widths[i] : 1) / total;
            if (grid.sizeOfGridColArray() > i) {
                grid.getGridColArray(i).setW(BigInteger.valueOf(width));
            } else {
                grid.addNewGridCol().setW(BigInteger.valueOf(width));
            }
            XWPFTableCell cell = table.getRow(0).getCell(i);
            cell.setWidth(Long.toString(width));
            cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
            run(first(cell), headers.get(i), 12, true, false);
        }
        return table;
    }

    /** Appends a row of plain 12 pt cells (the second column, a name, flush left); {@code bold} for a total row. */
    public static void row(XWPFTable table, boolean bold, String... cells) {
        var row = appendRow(table);
        var header = table.getRows().get(0); // not getRow(0), which counts the rows of the table first
        for (int i = 0; i < cells.length; i++) {
            XWPFTableCell cell = row.createCell();
            // The header cell's width element, copied as is (cheaper than reading and parsing it per cell).
            var width = header.getCell(i).getCTTc().getTcPr().getTcW();
            (cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr()).setTcW(width);
            XWPFParagraph p = cell.getParagraphs().get(0);
            p.setAlignment(i == 1 ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
            run(p, cells[i] == null ? "" : cells[i], 12, bold, false);
        }
    }

    /** Appends a group row: {@code label} in bold across the whole table (e.g. "Các sở, ban, ngành"). */
    public static void groupRow(XWPFTable table, String label) {
        var row = appendRow(table);
        int columns = table.getRows().get(0).getTableCells().size();
        XWPFTableCell cell = row.createCell();
        cell.setWidth(Long.toString(TEXT_WIDTH));
        var properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        properties.addNewGridSpan().setVal(BigInteger.valueOf(columns));
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(ParagraphAlignment.LEFT);
        run(p, label, 12, true, false);
    }

    /**
     * A new last row without cells. Not {@code XWPFTable.createRow()}: that counts the rows of the table for every row it
     * adds, which makes a 3,500-row appendix quadratic. The row lives in the document's XML (what is written and read
     * back); it is not added to the table's list of row objects, which nothing here reads after the header.
     */
    private static XWPFTableRow appendRow(XWPFTable table) {
        return new XWPFTableRow(table.getCTTbl().addNewTr(), table);
    }

    /** Starts a new page (an appendix). */
    public AdministrativeDocument pageBreak() {
        doc.createParagraph().createRun().addBreak(org.apache.poi.xwpf.usermodel.BreakType.PAGE);
        return this;
    }

    /**
     * "Nơi nhận" on the left (bold italic 12 pt, then each recipient in 11 pt with "- …;" and "Lưu: VT." last) and the
     * signature block on the right: authority and position in bold capitals, room for the signature and seal, the name.
     */
    public AdministrativeDocument signature(Signature signature, List<String> recipients) {
        paragraph(ParagraphAlignment.LEFT, 0, 0);
        XWPFTable table = borderless(1, 2);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFParagraph title = first(left);
        title.setAlignment(ParagraphAlignment.LEFT);
        run(title, "Nơi nhận:", 12, true, true);
        List<String> lines = new ArrayList<>(recipients);
        lines.add("Lưu: VT");
        for (int i = 0; i < lines.size(); i++) {
            XWPFParagraph p = left.addParagraph();
            p.setAlignment(ParagraphAlignment.LEFT);
            run(p, "- " + lines.get(i) + (i == lines.size() - 1 ? "." : ";"), RECIPIENTS_SIZE, false, false);
        }
        XWPFTableCell right = table.getRow(0).getCell(1);
        XWPFParagraph top = first(right);
        if (signature.authority() != null) {
            run(top, signature.authority().toUpperCase(Locale.forLanguageTag("vi")), BODY_SIZE, true, false);
            top = right.addParagraph();
            top.setAlignment(ParagraphAlignment.CENTER);
        }
        run(top, signature.position().toUpperCase(Locale.forLanguageTag("vi")), BODY_SIZE, true, false);
        for (int i = 0; i < 4; i++) {
            right.addParagraph(); // room for the signature and the seal
        }
        XWPFParagraph name = right.addParagraph();
        name.setAlignment(ParagraphAlignment.CENTER);
        run(name, signature.name(), BODY_SIZE, true, false);
        return this;
    }

    /** The underlying POI document, for what this layout does not cover. */
    public XWPFDocument poi() {
        return doc;
    }

    /** The DOCX bytes. */
    public byte[] toBytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            doc.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------ layout helpers

    static long mm(double millimetres) {
        return Math.round(millimetres * 1440 / 25.4);
    }

    private XWPFParagraph paragraph(ParagraphAlignment alignment, int before, int after) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        p.setSpacingBefore(before);
        p.setSpacingAfter(after);
        return p;
    }

    private XWPFTable borderless(int rows, int columns) {
        XWPFTable table = doc.createTable(rows, columns);
        table.setWidth(Long.toString(TEXT_WIDTH + mm(15)));
        table.setTableAlignment(TableRowAlign.CENTER);
        var borders = table.getCTTbl().getTblPr().isSetTblBorders() ? table.getCTTbl().getTblPr().getTblBorders()
                : table.getCTTbl().getTblPr().addNewTblBorders();
        (borders.isSetTop() ? borders.getTop() : borders.addNewTop()).setVal(STBorder.NONE);
        (borders.isSetBottom() ? borders.getBottom() : borders.addNewBottom()).setVal(STBorder.NONE);
        (borders.isSetLeft() ? borders.getLeft() : borders.addNewLeft()).setVal(STBorder.NONE);
        (borders.isSetRight() ? borders.getRight() : borders.addNewRight()).setVal(STBorder.NONE);
        (borders.isSetInsideH() ? borders.getInsideH() : borders.addNewInsideH()).setVal(STBorder.NONE);
        (borders.isSetInsideV() ? borders.getInsideV() : borders.addNewInsideV()).setVal(STBorder.NONE);
        long leftWidth = (TEXT_WIDTH + mm(15)) * 9 / 20;
        for (var row : table.getRows()) {
            row.getCell(0).setWidth(Long.toString(leftWidth));
            if (columns > 1) {
                row.getCell(1).setWidth(Long.toString(TEXT_WIDTH + mm(15) - leftWidth));
            }
        }
        return table;
    }

    private static XWPFParagraph first(XWPFTableCell cell) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
        return p;
    }

    /** The short line under the issuing body and under the motto. */
    private static void underline(XWPFParagraph p) {
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
        run(p, "________________", 8, false, false);
    }

    static XWPFRun run(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(size);
        // Only what differs from a plain run: a thousand-row table would otherwise carry two empty elements per cell.
        if (bold) {
            r.setBold(true);
        }
        if (italic) {
            r.setItalic(true);
        }
        r.setText(text);
        return r;
    }
}
