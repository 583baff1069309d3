package vn.gov.pressinfo.web;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Accent-insensitive search over Vietnamese text. Columns searched this way are stored as
 * {@code lower(f_unaccent(text))} by PostgreSQL's {@code unaccent}; {@link #likePattern} folds the
 * caller's query the same way (so "kien giang", "KIÊN GIANG" and "Kiên Giang" all match), escapes
 * LIKE wildcards and wraps it for a contains-match ({@code ... LIKE :pattern ESCAPE '\'}).
 */
public final class TextSearch {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TextSearch() {
    }

    /** Lower case, without diacritics ({@code đ} becomes {@code d}), single spaces. */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(bare.toLowerCase(Locale.ROOT).trim()).replaceAll(" ");
    }

    /**
     * How Vietnamese text is stored: Unicode NFC (input methods may send decomposed accents), trimmed,
     * inner whitespace collapsed. Null stays null.
     */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC).trim()).replaceAll(" ");
    }

    /** A contains-pattern for {@code LIKE ... ESCAPE '\'}, or null when {@code query} is blank. */
    public static String likePattern(String query) {
        if (query == null || query.isBlank()) {
            return null;
        }
        String folded = fold(query).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + folded + "%";
    }
}
