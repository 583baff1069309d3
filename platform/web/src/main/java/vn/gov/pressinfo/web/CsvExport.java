package vn.gov.pressinfo.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;

/**
 * The suite's one way to write a CSV file a person opens in a spreadsheet: Jackson CSV from a row record (its components,
 * in order, are the columns; {@code @JsonProperty} gives a column its Vietnamese header), UTF-8 with a byte order mark so
 * Excel reads the diacritics, CRLF line ends, quoting where needed, and every text cell that starts with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return prefixed with an apostrophe, so a spreadsheet never runs it
 * as a formula (CSV injection, OWASP). Numbers are written as numbers; a text that is only a signed number or phone
 * number ({@code +84 297 3862 000}, {@code -5}) is left alone: it cannot call a function or reference a cell.
 *
 * @param <T> the row record
 */
public final class CsvExport<T> {

    /** The media type of the files, with the charset. */
    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final java.util.regex.Pattern SIGNED_NUMBER = java.util.regex.Pattern.compile("[+-][0-9][0-9 .()-]*");

    private final ObjectWriter writer;

    private CsvExport(Class<T> rowType) {
        CsvMapper mapper = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
                .addModule(new SimpleModule("csv-injection").addSerializer(String.class, new NeutralisingSerializer())).build();
        this.writer = mapper.writer(mapper.schemaFor(rowType).withHeader().withLineSeparator("\r\n").withNullValue(""));
    }

    /** A writer for rows of {@code rowType}. Thread-safe; keep one per row type. */
    public static <T> CsvExport<T> of(Class<T> rowType) {
        return new CsvExport<>(rowType);
    }

    /** The file: BOM, header line, one line per row. */
    public byte[] write(List<? extends T> rows) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            out.write(UTF8_BOM);
            out.write(writer.writeValueAsBytes(rows));
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code text} as a cell that a spreadsheet shows as text, never evaluates. */
    public static String neutralised(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        if ((first == '+' || first == '-') && SIGNED_NUMBER.matcher(text).matches()) {
            return text;
        }
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + text : text;
    }

    private static final class NeutralisingSerializer extends JsonSerializer<String> {
        @Override
        public void serialize(String value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(neutralised(value));
        }
    }
}
