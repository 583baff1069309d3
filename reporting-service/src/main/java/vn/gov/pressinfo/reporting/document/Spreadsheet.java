package vn.gov.pressinfo.reporting.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The one way this service writes an XLSX file: streamed (constant memory whatever the number of rows), Times New Roman,
 * an optional title above each sheet's table, a bold wrapped header row with Vietnamese headers that stays frozen while
 * scrolling, and column widths given in characters. Text cells are never formulas.
 */
public final class Spreadsheet implements AutoCloseable {

    /** The media type of the files. */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final SXSSFWorkbook book = new SXSSFWorkbook(200);
    private final CellStyle header;
    private final CellStyle title;
    private final CellStyle text;
    private final CellStyle bold;

    public Spreadsheet() {
        Font plain = book.createFont();
        plain.setFontName("Times New Roman");
        plain.setFontHeightInPoints((short) 12);
        Font strong = book.createFont();
        strong.setFontName("Times New Roman");
        strong.setFontHeightInPoints((short) 12);
        strong.setBold(true);
        header = book.createCellStyle();
        header.setFont(strong);
        header.setWrapText(true);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        for (CellStyle s : List.of(header)) {
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
        title = book.createCellStyle();
        title.setFont(strong);
        text = book.createCellStyle();
        text.setFont(plain);
        text.setVerticalAlignment(VerticalAlignment.TOP);
        text.setWrapText(true);
        bold = book.createCellStyle();
        bold.setFont(strong);
        bold.setVerticalAlignment(VerticalAlignment.TOP);
        bold.setWrapText(true);
    }

    /** A column: its Vietnamese header and its width in characters. */
    public record Column(String header, int width) {
    }

    public static Column column(String header, int width) {
        return new Column(header, width);
    }

    /**
     * A new sheet: {@code titleLines} in bold (one a row), an empty row when there are any, then the header row, frozen.
     *
     * @param name the sheet's tab name (Excel: at most 31 characters)
     */
    public Table sheet(String name, List<String> titleLines, List<Column> columns) {
        Sheet sheet = book.createSheet(name);
        int r = 0;
        for (String line : titleLines) {
            Cell cell = sheet.createRow(r++).createCell(0);
            cell.setCellValue(line);
            cell.setCellStyle(title);
        }
        if (!titleLines.isEmpty()) {
            r++;
        }
        Row head = sheet.createRow(r++);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = head.createCell(i);
            cell.setCellValue(columns.get(i).header());
            cell.setCellStyle(header);
            sheet.setColumnWidth(i, Math.min(255, columns.get(i).width()) * 256);
        }
        sheet.createFreezePane(0, r);
        return new Table(sheet, r);
    }

    /** The rows of one sheet, appended in order. */
    public final class Table {
        private final Sheet sheet;
        private int next;

        private Table(Sheet sheet, int next) {
            this.sheet = sheet;
            this.next = next;
        }

        /** A row of cells: numbers as numbers, everything else as text, null as an empty cell. */
        public void row(Object... cells) {
            append(text, cells);
        }

        /** A row in bold (a group or a total). */
        public void boldRow(Object... cells) {
            append(bold, cells);
        }

        private void append(CellStyle style, Object... cells) {
            Row row = sheet.createRow(next++);
            for (int i = 0; i < cells.length; i++) {
                Cell cell = row.createCell(i);
                Object value = cells[i];
                if (value instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else if (value != null) {
                    cell.setCellValue(value.toString());
                }
                cell.setCellStyle(style);
            }
        }
    }

    /** The XLSX bytes. */
    public byte[] toBytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the spreadsheet", e);
        }
    }

    @Override
    public void close() {
        try {
            book.dispose();
            book.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
