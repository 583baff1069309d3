package vn.gov.pressinfo.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

/** Reads a CSV export back as a spreadsheet would, and checks what every export of the service promises. */
public final class CsvFiles {

    /** The header row and the rows, each a map from header to cell. */
    public record Parsed(List<String> header, List<Map<String, String>> rows, String text) {
    }

    private CsvFiles() {
    }

    /** Parses the file after checking its byte order mark and its CRLF line ends. */
    public static Parsed parse(byte[] bytes) {
        assertThat(Arrays.copyOf(bytes, 3)).as("UTF-8 byte order mark").containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).as("CRLF line ends").endsWith("\r\n");
        assertThat(text.replace("\r\n", "")).as("no bare LF").doesNotContain("\n");
        try (MappingIterator<List<String>> lines = new CsvMapper().readerForListOf(String.class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(text)) {
            List<List<String>> all = lines.readAll();
            List<String> header = all.get(0);
            List<Map<String, String>> rows = all.subList(1, all.size()).stream().map(cells -> {
                assertThat(cells).as("cells of a row").hasSameSizeAs(header);
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), cells.get(i));
                }
                return row;
            }).toList();
            return new Parsed(header, rows, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps a produced file under target/exports for a look (e.g. opened with LibreOffice Calc). */
    public static void keep(String name, byte[] bytes) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "exports"));
            Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** No cell is an English code (a word of capitals and underscores such as APPOINTED, PRINT or ACTIVE). */
    public static void assertNoEnglishCode(Parsed csv) {
        csv.rows().forEach(row -> row.forEach((column, cell) ->
                assertThat(cell).as("column %s", column).doesNotMatch("[A-Z]{2,}(_[A-Z]+)*")));
    }
}
