package vn.gov.pressinfo.web.list;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * One column of a list's order, with the Java type its values have in a cursor: {@link String}, {@link UUID},
 * {@link Instant}, {@link LocalDate}, {@link Long} or {@link Integer}. The column must be NOT NULL, and the last key
 * of an order must be unique (the id), so that every row has one place in the order.
 *
 * @param column SQL expression of the column, as the list's {@code FROM} names it (e.g. {@code a.code})
 * @param type   Java type of its values
 */
public record SortKey(String column, Class<?> type) {

    private static final Set<Class<?>> TYPES = Set.of(String.class, UUID.class, Instant.class, LocalDate.class, Long.class,
            Integer.class);

    public SortKey {
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("a sort key of type " + type.getName() + " cannot go into a cursor");
        }
    }

    public static SortKey text(String column) {
        return new SortKey(column, String.class);
    }

    public static SortKey uuid(String column) {
        return new SortKey(column, UUID.class);
    }

    public static SortKey instant(String column) {
        return new SortKey(column, Instant.class);
    }

    public static SortKey date(String column) {
        return new SortKey(column, LocalDate.class);
    }

    public static SortKey int8(String column) {
        return new SortKey(column, Long.class);
    }

    public static SortKey int4(String column) {
        return new SortKey(column, Integer.class);
    }
}
