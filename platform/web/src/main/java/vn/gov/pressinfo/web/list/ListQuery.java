package vn.gov.pressinfo.web.list;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import vn.gov.pressinfo.web.Page;
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.TextSearch;

/**
 * The suite's one way to read a page of a list (docs/adr/0020-list-reads.md): one SQL statement returns the page's
 * rows, mapped straight into response records (no managed entities, no per-row lazy loads), and the filter's total,
 * counted in the same statement and snapshot. The order is a keyset: the page can start at an {@code after} cursor
 * (seek in the order's index, for deep pages) or at {@code page × size} (OFFSET); every full page carries the cursor
 * of the next one.
 *
 * <pre>{@code
 * ListQuery.select("a.id, a.code, a.name", "agency a", AgencyResponse::of)
 *         .equal("a.status", filter.status())
 *         .contains("a.name_search", filter.query())
 *         .orderBy(SortKey.text("a.code"), SortKey.uuid("a.id"))
 *         .page(dataSource, page);
 * }</pre>
 *
 * <p>Filters with a null value are left out. Values are bound as parameters; LIMIT and OFFSET, validated integers,
 * are written into the text: with them as parameters PostgreSQL's generic plan of the prepared statement cannot know
 * the limit, re-plans on every execution, and planning then costs more than the read. Give each list an index that
 * matches its filters and order, so that both the count and the page are answered from it.
 *
 * <p>Hand-written on JDBC rather than on Hibernate: a list read through Hibernate spent most of its CPU turning the
 * query into SQL again on every call (paging and the count query defeat its plan cache) and building entities that
 * are thrown away after mapping; here the SQL text is built once per filter combination and the rows go straight
 * into records.
 */
public final class ListQuery<T> {

    private final String columns;
    private final String from;
    private final RowMapper<T> mapper;
    private final StringBuilder where = new StringBuilder();
    private final List<Object> params = new ArrayList<>();
    private final List<Object> fromParams = new ArrayList<>();
    private List<SortKey> order = List.of();
    private boolean descending;

    private ListQuery(String columns, String from, RowMapper<T> mapper) {
        this.columns = columns;
        this.from = from;
        this.mapper = mapper;
    }

    /**
     * @param columns the select list, each column named as the mapper reads it ({@code c.id, c.title, ...}); two
     *                columns of the same name need an alias
     * @param from    the FROM clause: a table with its alias, or joins
     */
    public static <T> ListQuery<T> select(String columns, String from, RowMapper<T> mapper) {
        return new ListQuery<>(columns, from, mapper);
    }

    /**
     * The parameters of {@code ?}s in the FROM clause, in order: for a list read from a derived table such as
     * {@code (WITH … SELECT … WHERE x = ?) g}. The FROM appears twice in the statement (count and page), so it is computed
     * twice; keep it to what one page of the list needs.
     */
    public ListQuery<T> fromParams(Object... values) {
        fromParams.addAll(List.of(values));
        return this;
    }

    /** {@code column = value}, when value is not null; an enum goes as its name. */
    public ListQuery<T> equal(String column, Object value) {
        return value == null ? this : where(column + " = ?", value);
    }

    /** {@code column >= value}, when value is not null: the start of a range, included. */
    public ListQuery<T> atLeast(String column, Object value) {
        return value == null ? this : where(column + " >= ?", value);
    }

    /** {@code column <= value}, when value is not null: the end of a range, included. */
    public ListQuery<T> atMost(String column, Object value) {
        return value == null ? this : where(column + " <= ?", value);
    }

    /** {@code column < value}, when value is not null: the end of a range, excluded. */
    public ListQuery<T> before(String column, Object value) {
        return value == null ? this : where(column + " < ?", value);
    }

    /** {@code column = ANY(values)}, when values is not null; an empty collection matches nothing. */
    public ListQuery<T> in(String column, Collection<?> values) {
        if (values == null) {
            return this;
        }
        return values.isEmpty() ? where("false") : where(column + " = ANY(?)", new ArrayParam(new ArrayList<>(values)));
    }

    /**
     * Accent- and case-insensitive contains-match of {@code query} on a column stored as
     * {@code lower(f_unaccent(text))} ({@link TextSearch}), when the query is not blank.
     */
    public ListQuery<T> contains(String foldedColumn, String query) {
        String pattern = TextSearch.likePattern(query);
        return pattern == null ? this : where(foldedColumn + " LIKE ? ESCAPE '\\'", pattern);
    }

    /** Any condition, with one parameter per {@code ?}; ANDed with the others. */
    public ListQuery<T> where(String condition, Object... values) {
        where.append(where.isEmpty() ? " WHERE " : " AND ").append(condition);
        params.addAll(List.of(values));
        return this;
    }

    /** Ascending order on these keys; the last one must be unique. */
    public ListQuery<T> orderBy(SortKey... keys) {
        return order(false, keys);
    }

    /** Descending order on these keys (newest first); the last one must be unique. */
    public ListQuery<T> orderByDescending(SortKey... keys) {
        return order(true, keys);
    }

    private ListQuery<T> order(boolean descending, SortKey... keys) {
        if (keys.length == 0) {
            throw new IllegalArgumentException("a list needs an order");
        }
        this.order = List.of(keys);
        this.descending = descending;
        return this;
    }

    /** Reads the page {@code request} asks for. */
    public Page<T> page(DataSource dataSource, PageRequest request) {
        try (Connection connection = dataSource.getConnection()) {
            return page(connection, request);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read a list from " + from, e);
        }
    }

    /** Reads the page {@code request} asks for on a connection the caller holds (and closes). */
    public Page<T> page(Connection connection, PageRequest request) throws SQLException {
        if (order.isEmpty()) {
            throw new IllegalStateException("a list needs an order: call orderBy first");
        }
        List<Object> after = request.after() == null ? null : Cursor.decode(request.after(), order);
        long offset = after == null ? request.offset() : 0;
        List<T> items = new ArrayList<>(request.size());
        List<Object> lastKey = null;
        String next = null;
        long total = 0;
        // One row more than the page holds says whether a next page exists, without a second statement.
        try (PreparedStatement ps = connection.prepareStatement(sql(after != null, request.size() + 1, offset))) {
            int index = bind(ps, 1, fromParams); // the count's FROM and filter
            index = bind(ps, index, params);
            index = bind(ps, index, fromParams); // the page's FROM and filter
            index = bind(ps, index, params);
            if (after != null) {
                bind(ps, index, after);
            }
            try (ResultSet rs = ps.executeQuery()) {
                Rows row = new Rows(rs);
                while (rs.next()) {
                    total = rs.getLong("total__");
                    if (rs.getObject("k__0") == null) {
                        break; // no row on this page: the one row carries the total alone
                    }
                    if (items.size() == request.size()) {
                        next = Cursor.encode(lastKey);
                        break;
                    }
                    items.add(mapper.map(row));
                    lastKey = key(rs);
                }
            }
        }
        return new Page<>(List.copyOf(items), request.page(), request.size(), total, next);
    }

    /**
     * {@code SELECT total, page.* FROM (count) LEFT JOIN LATERAL (page) ON true}: one row per item of the page, each
     * with the total, or a single row with the total and nulls when the page is empty.
     */
    private String sql(boolean seek, int limit, long offset) {
        StringBuilder keys = new StringBuilder();
        StringBuilder outerOrder = new StringBuilder();
        String direction = descending ? " DESC" : "";
        for (int i = 0; i < order.size(); i++) {
            keys.append(", ").append(order.get(i).column()).append(" AS k__").append(i);
            outerOrder.append(i == 0 ? "" : ", ").append("p.k__").append(i).append(direction);
        }
        StringBuilder pageWhere = new StringBuilder(where);
        if (seek) {
            // a row comparison, which an index on the order's columns answers with one seek
            pageWhere.append(pageWhere.isEmpty() ? " WHERE " : " AND ").append('(')
                    .append(String.join(", ", order.stream().map(SortKey::column).toList()))
                    .append(descending ? ") < (" : ") > (")
                    .append(String.join(", ", order.stream().map(k -> "?").toList())).append(')');
        }
        String orderBy = String.join(", ", order.stream().map(k -> k.column() + direction).toList());
        return "SELECT t.total__, p.* FROM (SELECT count(*) AS total__ FROM " + from + where + ") t LEFT JOIN LATERAL (SELECT "
                + columns + keys + " FROM " + from + pageWhere + " ORDER BY " + orderBy + " LIMIT " + limit
                + (offset > 0 ? " OFFSET " + offset : "") + ") p ON true ORDER BY " + outerOrder;
    }

    /** The sort key values of the current row, in the types of the order's keys. */
    private List<Object> key(ResultSet rs) throws SQLException {
        List<Object> values = new ArrayList<>(order.size());
        for (int i = 0; i < order.size(); i++) {
            Class<?> type = order.get(i).type();
            String label = "k__" + i;
            values.add(type == Instant.class ? rs.getObject(label, OffsetDateTime.class).toInstant() : rs.getObject(label, type));
        }
        return values;
    }

    private static int bind(PreparedStatement ps, int first, List<Object> values) throws SQLException {
        int index = first;
        for (Object value : values) {
            if (value instanceof ArrayParam array) {
                ps.setArray(index++, ps.getConnection().createArrayOf(array.sqlType(), array.values().toArray()));
            } else if (value instanceof UUID) {
                ps.setObject(index++, value, Types.OTHER);
            } else if (value instanceof Instant instant) {
                ps.setObject(index++, instant.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
            } else if (value instanceof LocalDate date) {
                ps.setObject(index++, date, Types.DATE);
            } else if (value instanceof Enum<?> constant) {
                ps.setString(index++, constant.name());
            } else {
                ps.setObject(index++, value);
            }
        }
        return index;
    }

    /** The values of an {@code = ANY(?)} filter, bound as one SQL array of the values' type. */
    private record ArrayParam(List<Object> values) {

        String sqlType() {
            Object first = values.get(0);
            if (first instanceof UUID) {
                return "uuid";
            } else if (first instanceof Long) {
                return "int8";
            } else if (first instanceof Integer) {
                return "int4";
            }
            return "text";
        }

        @Override
        public List<Object> values() {
            return values.stream().map(v -> v instanceof Enum<?> e ? (Object) e.name() : v).toList();
        }
    }
}
