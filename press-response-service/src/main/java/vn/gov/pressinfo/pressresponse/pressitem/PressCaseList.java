package vn.gov.pressinfo.pressresponse.pressitem;

import java.sql.Array;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;

import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.agroal.api.AgroalDataSource;
import vn.gov.pressinfo.web.Page;
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.TextSearch;

/**
 * The case list, read with plain JDBC straight into responses (docs/adr/0012-case-list-reads.md). It is the
 * service's busiest read: loading 20 managed entities through Hibernate (snapshots, type conversions through
 * {@code java.util.Calendar}) took a third of the service's CPU per request, which is why this one query is
 * written by hand; every write still goes through the {@link PressCase} entity.
 *
 * <p>The total of a filter is counted once and reused while {@code press_case_changes.version} (bumped by
 * the commit of any transaction that changes cases, migration V3) is unchanged; the version is read in the
 * same statement as the page, so a total is never older than the items it comes with.
 *
 * <p>Pages are kept the same way: each request first reads the version (one row, by primary key) and answers
 * with the page read for the same filter, page and size at that version if there is one, else reads it. A
 * kept page is therefore exactly what reading it again would give; any commit that changes a case, on any
 * replica, retires every kept page at once.
 *
 * <p>Where pages begin is remembered the same way: reading page N at some version notes the sort key of its
 * last case, where page N + 1 begins at that version. A later read of page N + 1 (or beyond) at the same version
 * seeks to that key in the index instead of skipping N pages of entries with OFFSET, so deep pages cost what
 * the first ones do once their neighbours have been read.
 */
@ApplicationScoped
public class PressCaseList {

    private static final String COLUMNS = "c.id, c.outlet_name, c.outlet_id, c.medium, c.url, c.normalized_url, c.title, "
            + "c.published_at, c.excerpt, c.concerned_agency_id, c.responsible_agency_id, c.responsible_agency_name, c.awaiting_reassignment, c.topic, "
            + "c.sensitivity, c.source, c.state, c.verification_due_date, c.verdict, c.verdict_reasoning, c.evidence_links, "
            + "c.verdict_at, c.verdict_by, c.remedy_due_date, c.remedy_report, c.response_due_date, c.correction_due_at, "
            + "c.overdue_notified_at, c.escalation, c.escalation_note, c.outcome, c.closed_at, c.detected_at, c.detected_by, "
            + "c.updated_at, c.updated_by, c.version";

    /** The filters of the case list; null means "any". */
    public record Filter(UUID agencyId, CaseState state, Medium medium, Topic topic, Sensitivity sensitivity, Verdict verdict,
            Boolean awaitingReassignment, String q) {
    }

    /** Totals already counted: per filter, with the change version they were counted at. */
    private record Total(long changes, long count) {
    }

    /** A page asked for: the filter, the page number and its size. */
    private record PageKey(Filter filter, int page, int size) {
    }

    /** A page read, with the change version it was read at. */
    private record Read(long changes, Page<PressCaseResponse> page) {
    }

    /** The sort key of the list: detection time, then id, both descending. */
    private record SortKey(Instant detectedAt, UUID id) {
    }

    /** A list: a filter read in pages of one size. */
    private record ListKey(Filter filter, int size) {
    }

    /** For one list, at one change version: the key each known page begins after. */
    private record Anchors(long changes, ConcurrentNavigableMap<Integer, SortKey> pageStarts) {
    }

    /** Anchors kept per list; a list with more known pages keeps the first ones it met. */
    private static final int MAX_ANCHORS = 1_000;

    private final AgroalDataSource dataSource;
    // 100 lists × at most 1,000 starts of about 100 bytes: 10 MB in the worst case, a few kB in practice.
    private final Cache<ListKey, Anchors> anchors = Caffeine.newBuilder().maximumSize(100).build();
    private final Cache<Filter, Total> totals = Caffeine.newBuilder().maximumSize(1_000).build();
    // Bounded by the cases held (about 2 KB each on the heap), not by pages, so large pages cannot crowd the heap.
    private final Cache<PageKey, Read> pages = Caffeine.newBuilder().maximumWeight(5_000)
            .weigher((PageKey key, Read read) -> 1 + read.page().items().size()).build();

    public PressCaseList(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Cases matching {@code filter}, newest first (detection time, then id), one page of them. */
    public Page<PressCaseResponse> find(Filter filter, PageRequest page) {
        PageKey key = new PageKey(filter, page.page(), page.size());
        try (Connection connection = dataSource.getConnection()) {
            long changes = changes(connection);
            Read kept = pages.getIfPresent(key);
            if (kept != null && kept.changes() == changes) {
                return kept.page();
            }
            Read read = read(connection, filter, page, changes);
            pages.put(key, read);
            return read.page();
        } catch (SQLException e) {
            throw new IllegalStateException("could not list cases", e);
        }
    }

    private static long changes(Connection connection) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT version FROM press_case_changes WHERE id = 1");
                ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("press_case_changes has no row (migration V3)");
            }
            return rs.getLong(1);
        }
    }

    private Read read(Connection connection, Filter filter, PageRequest page, long changes) throws SQLException {
        ListKey list = new ListKey(filter, page.size());
        Anchors known = anchors.getIfPresent(list);
        if (known == null || known.changes() != changes) {
            known = new Anchors(changes, new ConcurrentSkipListMap<>());
            anchors.put(list, known);
        }
        Map.Entry<Integer, SortKey> start = known.pageStarts().floorEntry(page.page());
        Read read = read(connection, filter, page, start);
        if (start != null && read.changes() != changes) {
            // a commit came between the version and the page: the anchor may not be where that page begins now
            read = read(connection, filter, page, null);
        }
        List<PressCaseResponse> items = read.page().items();
        if (items.size() == page.size() && read.changes() == known.changes() && known.pageStarts().size() < MAX_ANCHORS) {
            PressCaseResponse last = items.get(items.size() - 1);
            known.pageStarts().put(page.page() + 1, new SortKey(last.detectedAt(), last.id()));
        }
        return read;
    }

    /** Reads a page, from the beginning of the list or, with {@code start}, from where page {@code start.getKey()} begins. */
    private Read read(Connection connection, Filter filter, PageRequest page, Map.Entry<Integer, SortKey> start) throws SQLException {
        Where where = Where.of(filter, start == null ? null : start.getValue());
        long offset = start == null ? page.offset() : (long) (page.page() - start.getKey()) * page.size();
        // One statement, one snapshot: the change version (always one row) and the page (none or more rows).
        // LIMIT and OFFSET are validated integers written into the text, not parameters: with them as parameters
        // PostgreSQL re-plans the prepared statement on every execution (its generic plan cannot know the limit),
        // and planning cost twice the execution.
        // The ids of the page are found first, from the (filter, detected_at, id) indexes alone, and only its rows are
        // read: an OFFSET then skips index entries, not whole rows.
        String sql = "SELECT v.version AS changes, " + COLUMNS + " FROM press_case_changes v LEFT JOIN LATERAL (SELECT c.* FROM "
                + "(SELECT c.id FROM press_case c" + where.sql() + " ORDER BY c.detected_at DESC, c.id DESC LIMIT " + page.size()
                + " OFFSET " + offset + ") p JOIN press_case c ON c.id = p.id) c ON true WHERE v.id = 1"
                + " ORDER BY c.detected_at DESC, c.id DESC";
        List<PressCaseResponse> items = new ArrayList<>(page.size());
        long changes;
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            where.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("press_case_changes has no row (migration V3)");
                }
                changes = rs.getLong("changes");
                do {
                    if (rs.getObject("id") != null) {
                        items.add(response(rs));
                    }
                } while (rs.next());
            }
        }
        return new Read(changes, Page.of(List.copyOf(items), page, total(connection, filter, page, items.size(), changes)));
    }

    private long total(Connection connection, Filter filter, PageRequest page, int found, long changes) throws SQLException {
        if (found > 0 && found < page.size() || found == 0 && page.offset() == 0) {
            // the last page, read in the same snapshot: the total is what lies before it plus what it holds
            long count = page.offset() + found;
            totals.put(filter, new Total(changes, count));
            return count;
        }
        Total known = totals.getIfPresent(filter);
        if (known != null && known.changes() == changes) {
            return known.count();
        }
        Where where = Where.of(filter, null);
        try (PreparedStatement ps = connection.prepareStatement("SELECT count(*) FROM press_case c" + where.sql())) {
            where.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long count = rs.getLong(1);
                // Counted after the version was read: if a commit came in between, this total is newer than the
                // version it is filed under, and the next request, seeing the newer version, counts again.
                totals.put(filter, new Total(changes, count));
                return count;
            }
        }
    }

    private static PressCaseResponse response(ResultSet rs) throws SQLException {
        CaseState state = CaseState.valueOf(rs.getString("state"));
        Verdict verdict = enumOrNull(Verdict.class, rs.getString("verdict"));
        Array evidence = rs.getArray("evidence_links");
        return new PressCaseResponse(
                rs.getObject("id", UUID.class),
                rs.getString("outlet_name"),
                rs.getObject("outlet_id", UUID.class),
                Medium.valueOf(rs.getString("medium")),
                rs.getString("url"),
                rs.getString("normalized_url"),
                rs.getString("title"),
                instant(rs, "published_at"),
                rs.getString("excerpt"),
                rs.getObject("concerned_agency_id", UUID.class),
                rs.getObject("responsible_agency_id", UUID.class),
                rs.getString("responsible_agency_name"),
                rs.getBoolean("awaiting_reassignment"),
                Topic.valueOf(rs.getString("topic")),
                Sensitivity.valueOf(rs.getString("sensitivity")),
                DetectionSource.valueOf(rs.getString("source")),
                state,
                state.next(),
                rs.getObject("verification_due_date", LocalDate.class),
                verdict,
                verdict == null ? null : verdict.label(),
                rs.getString("verdict_reasoning"),
                evidence == null ? List.of() : List.of((String[]) evidence.getArray()),
                instant(rs, "verdict_at"),
                rs.getString("verdict_by"),
                rs.getObject("remedy_due_date", LocalDate.class),
                rs.getString("remedy_report"),
                rs.getObject("response_due_date", LocalDate.class),
                instant(rs, "correction_due_at"),
                instant(rs, "overdue_notified_at"),
                enumOrNull(EscalationKind.class, rs.getString("escalation")),
                rs.getString("escalation_note"),
                enumOrNull(Outcome.class, rs.getString("outcome")),
                instant(rs, "closed_at"),
                instant(rs, "detected_at"),
                rs.getString("detected_by"),
                instant(rs, "updated_at"),
                rs.getString("updated_by"),
                rs.getLong("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    /** The WHERE clause of a filter (null filters left out), from a sort key if given, and its parameters, in order. */
    private record Where(String sql, List<Object> params) {

        static Where of(Filter filter, SortKey after) {
            StringBuilder sql = new StringBuilder();
            List<Object> params = new ArrayList<>();
            equal(sql, params, "c.responsible_agency_id", filter.agencyId());
            equal(sql, params, "c.state", filter.state());
            equal(sql, params, "c.medium", filter.medium());
            equal(sql, params, "c.topic", filter.topic());
            equal(sql, params, "c.sensitivity", filter.sensitivity());
            equal(sql, params, "c.verdict", filter.verdict());
            if (filter.awaitingReassignment() != null) {
                // literal, not a parameter: the partial index (WHERE awaiting_reassignment) then applies
                sql.append(sql.isEmpty() ? " WHERE " : " AND ").append(filter.awaitingReassignment() ? "" : "NOT ")
                        .append("c.awaiting_reassignment");
            }
            String pattern = TextSearch.likePattern(filter.q());
            if (pattern != null) {
                sql.append(sql.isEmpty() ? " WHERE " : " AND ").append("c.search_text LIKE ? ESCAPE '\\'");
                params.add(pattern);
            }
            if (after != null) {
                // a row comparison, which the (…, detected_at DESC, id DESC) indexes answer with one seek
                sql.append(sql.isEmpty() ? " WHERE " : " AND ").append("(c.detected_at, c.id) < (?, ?)");
                params.add(after.detectedAt().atOffset(ZoneOffset.UTC));
                params.add(after.id());
            }
            return new Where(sql.toString(), params);
        }

        private static void equal(StringBuilder sql, List<Object> params, String column, Object value) {
            if (value != null) {
                sql.append(sql.isEmpty() ? " WHERE " : " AND ").append(column).append(" = ?");
                params.add(value instanceof Enum<?> e ? e.name() : value);
            }
        }

        /** Binds the parameters, the only ones of the statement. */
        void bind(PreparedStatement ps) throws SQLException {
            int index = 1;
            for (Object param : params) {
                if (param instanceof UUID) {
                    ps.setObject(index++, param, Types.OTHER);
                } else if (param instanceof OffsetDateTime) {
                    ps.setObject(index++, param, Types.TIMESTAMP_WITH_TIMEZONE);
                } else {
                    ps.setString(index++, (String) param);
                }
            }
        }
    }
}
