package vn.gov.pressinfo.web;

import java.util.HashMap;
import java.util.Map;

/**
 * Builds the {@code where} clause and parameters of a list query from optional filters: a filter
 * whose value is null is left out. Field names are entity attribute names (HQL), e.g.
 * {@code new QueryFilter().equal("type", type).contains("nameSearch", q)}.
 */
public final class QueryFilter {

    private final StringBuilder where = new StringBuilder("1 = 1");
    private final Map<String, Object> params = new HashMap<>();

    /** {@code field = value}, when value is not null. */
    public QueryFilter equal(String field, Object value) {
        if (value != null) {
            String param = "p" + params.size();
            where.append(" and ").append(field).append(" = :").append(param);
            params.put(param, value);
        }
        return this;
    }

    /** {@code field < value}, when value is not null. */
    public QueryFilter before(String field, Object value) {
        if (value != null) {
            String param = "p" + params.size();
            where.append(" and ").append(field).append(" < :").append(param);
            params.put(param, value);
        }
        return this;
    }

    /** {@code field in (values)}, when values is not null. */
    public QueryFilter in(String field, java.util.Collection<?> values) {
        if (values != null) {
            String param = "p" + params.size();
            where.append(" and ").append(field).append(" in :").append(param);
            params.put(param, values);
        }
        return this;
    }

    /**
     * Accent- and case-insensitive contains-match of {@code query} on a column stored as
     * {@code lower(f_unaccent(text))} (see {@link TextSearch}), when query is not blank.
     */
    public QueryFilter contains(String foldedField, String query) {
        String pattern = TextSearch.likePattern(query);
        if (pattern != null) {
            String param = "p" + params.size();
            where.append(" and ").append(foldedField).append(" like :").append(param).append(" escape '\\'");
            params.put(param, pattern);
        }
        return this;
    }

    public String where() {
        return where.toString();
    }

    public Map<String, Object> params() {
        return params;
    }
}
