package vn.gov.pressinfo.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The demo agencies: the province root and the 39 agencies of Kiên Giang that were asked for the 2020
 * annual report on spokesperson work (report 284/BC-STTTT, appendix), read from
 * {@code demo/kien-giang-agencies-2020.csv} on the class path.
 */
final class DemoAgencies {

    /** One agency to create in registry-service. */
    record Agency(String code, String name, String type) {
    }

    static final Agency ROOT = new Agency("KG", "Ủy ban nhân dân tỉnh Kiên Giang", "PROVINCE");
    static final String RESOURCE = "/demo/kien-giang-agencies-2020.csv";
    /** The data describe 2020, before districts were abolished (2025-07-01). */
    static final String VALID_FROM = "2020-01-01";

    private DemoAgencies() {
    }

    /** The 39 agencies under the root, in file order, coded KG-01 to KG-39. */
    static List<Agency> children() {
        try (InputStream in = DemoAgencies.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Columns {@code no,name,group,annual_report_2020}; group {@code department_or_board} or {@code district_or_city}. */
    static List<Agency> parse(Reader reader) throws IOException {
        List<Agency> agencies = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(reader)) {
            String header = lines.readLine();
            if (header == null || !csvFields(stripBom(header)).equals(List.of("no", "name", "group", "annual_report_2020"))) {
                throw new IllegalArgumentException("unexpected header: " + header);
            }
            String line;
            int lineNo = 1;
            while ((line = lines.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                List<String> f = csvFields(line);
                if (f.size() != 4) {
                    throw new IllegalArgumentException("line " + lineNo + ": expected 4 fields, got " + f.size());
                }
                int no = Integer.parseInt(f.get(0).trim());
                String name = Normalizer.normalize(f.get(1).trim(), Normalizer.Form.NFC);
                agencies.add(new Agency(String.format(Locale.ROOT, "KG-%02d", no), name, type(f.get(2).trim(), lineNo)));
            }
        }
        return agencies;
    }

    private static String type(String group, int lineNo) {
        return switch (group) {
            case "department_or_board" -> "DEPARTMENT";
            case "district_or_city" -> "DISTRICT";
            default -> throw new IllegalArgumentException("line " + lineNo + ": unknown group '" + group + "'");
        };
    }

    /** The fields of one RFC 4180 line: quoted fields may hold commas and doubled quotes. */
    static List<String> csvFields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("unterminated quote: " + line);
        }
        fields.add(field.toString());
        return fields;
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
