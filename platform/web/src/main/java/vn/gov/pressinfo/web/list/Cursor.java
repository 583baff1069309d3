package vn.gov.pressinfo.web.list;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import vn.gov.pressinfo.web.Problem;
import vn.gov.pressinfo.web.ProblemException;
import vn.gov.pressinfo.web.ProblemType;

/**
 * The {@code after} cursor of a list: the sort key values of the last item of a page, where the next page begins.
 * Opaque to callers (base64url of the values, each as text, separated by U+001F); parsed back into the types of the
 * list's {@link SortKey}s, so that a forged or stale cursor of another list is a 400 problem naming {@code after},
 * never a database error.
 */
final class Cursor {

    /** Longest cursor accepted; {@code PageRequest} bounds the parameter at the same length. */
    static final int MAX_LENGTH = 1024;
    private static final char SEPARATOR = '\u001f';

    private Cursor() {
    }

    static String encode(List<Object> values) {
        StringBuilder text = new StringBuilder();
        for (Object value : values) {
            if (!text.isEmpty()) {
                text.append(SEPARATOR);
            }
            text.append(value);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    static List<Object> decode(String cursor, List<SortKey> keys) {
        if (cursor.length() > MAX_LENGTH) {
            throw invalid();
        }
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        String[] parts = text.split(String.valueOf(SEPARATOR), -1);
        if (parts.length != keys.size()) {
            throw invalid();
        }
        List<Object> values = new ArrayList<>(parts.length);
        try {
            for (int i = 0; i < parts.length; i++) {
                values.add(parse(parts[i], keys.get(i).type()));
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw invalid();
        }
        return values;
    }

    private static Object parse(String text, Class<?> type) {
        if (type == String.class) {
            return text;
        } else if (type == UUID.class) {
            return UUID.fromString(text);
        } else if (type == Instant.class) {
            return Instant.parse(text);
        } else if (type == LocalDate.class) {
            return LocalDate.parse(text);
        } else if (type == Long.class) {
            return Long.valueOf(text);
        }
        return Integer.valueOf(text);
    }

    private static ProblemException invalid() {
        String message = "not a cursor of this list: pass the value of \"next\" from the previous page unchanged";
        return new ProblemException(ProblemType.VALIDATION, ProblemType.VALIDATION.status(), message,
                List.of(new Problem.FieldError("after", message)));
    }
}
