package vn.gov.pressinfo.registry.compliance;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;
import vn.gov.pressinfo.web.Page;
import vn.gov.pressinfo.web.PageRequest;
import vn.gov.pressinfo.web.list.ListQuery;
import vn.gov.pressinfo.web.list.Rows;
import vn.gov.pressinfo.web.list.SortKey;

/**
 * Compliance gaps computed in the database, read with {@link ListQuery} (docs/adr/0020-list-reads.md): the agencies with
 * their gaps are a derived table in the statement's FROM, from which the page and its total are read in one statement.
 * Every filter value is a bound parameter (a null filter is left out of the text); no caller input is ever part of the
 * SQL text.
 */
@ApplicationScoped
public class ComplianceGapRepository {

    /** Filters; null means "any". {@code agencyId} confines the list to one agency (an agency officer's). */
    public record Filter(String type, UUID parentId, UUID agencyId, GapKind kind) {
    }

    /*
     * candidate: the active agencies the filters keep.
     * current_spokesperson: the head or appointed spokesperson in office on the day ([valid_from, valid_to)).
     * gap: one row per gap, ord = the kind's position for a stable order of an agency's gaps (then the detail, so that
     * two gaps of one kind, e.g. of two current spokespersons, keep one order and kinds and details stay paired).
     * The outer SELECT (l): the agencies with at least one gap (of the kind asked for, when given), their gaps in order.
     * Authorization end dates are inclusive: the window of AUTHORIZATION_EXPIRED is [on - N, on - 1], the
     * one of AUTHORIZATION_EXPIRING [on, on + N].
     */
    private static final String GAPS = """
            (WITH params AS (
                SELECT CAST(? AS date) AS on_day, CAST(? AS integer) AS within_days
            ), candidate AS (
                SELECT a.id, a.code, a.name, a.type_code, a.parent_id
                FROM agency a
                WHERE a.status = 'ACTIVE'%s
            ), current_spokesperson AS (
                SELECT s.agency_id, s.full_name, s.name_search, s.valid_from, s.department_notified_at
                FROM spokesperson s JOIN candidate c ON c.id = s.agency_id CROSS JOIN params p
                WHERE s.valid_from <= p.on_day AND (s.valid_to IS NULL OR s.valid_to > p.on_day)
            ), gap AS (
                SELECT c.id AS agency_id, 1 AS ord, 'NO_CURRENT_SPOKESPERSON' AS kind,
                       'No head or appointed spokesperson is in office on ' || to_char(p.on_day, 'YYYY-MM-DD') || '.' AS detail,
                       '' AS sort_key
                FROM candidate c CROSS JOIN params p
                WHERE NOT EXISTS (SELECT 1 FROM current_spokesperson cs WHERE cs.agency_id = c.id)
                UNION ALL
                SELECT cs.agency_id, 2, 'SPOKESPERSON_NOT_NOTIFIED',
                       'Spokesperson ' || cs.full_name || ' (in office since ' || to_char(cs.valid_from, 'YYYY-MM-DD')
                           || ') has not been notified to the press management department.', ''
                FROM current_spokesperson cs
                WHERE cs.department_notified_at IS NULL
                UNION ALL
                SELECT z.agency_id, 3, 'AUTHORIZATION_EXPIRED',
                       'The authorization of ' || z.full_name || ' (' || z.document_number || ') ended on '
                           || to_char(z.valid_to, 'YYYY-MM-DD') || '.', to_char(z.valid_to, 'YYYY-MM-DD') || z.id
                FROM spokesperson_authorization z JOIN candidate c ON c.id = z.agency_id CROSS JOIN params p
                WHERE z.status <> 'REVOKED' AND z.valid_to < p.on_day AND z.valid_to >= p.on_day - p.within_days
                UNION ALL
                SELECT z.agency_id, 4, 'AUTHORIZATION_EXPIRING',
                       'The authorization of ' || z.full_name || ' (' || z.document_number || ') ends on '
                           || to_char(z.valid_to, 'YYYY-MM-DD') || '.', to_char(z.valid_to, 'YYYY-MM-DD') || z.id
                FROM spokesperson_authorization z JOIN candidate c ON c.id = z.agency_id CROSS JOIN params p
                WHERE z.status = 'ACTIVE' AND z.valid_to >= p.on_day AND z.valid_to <= p.on_day + p.within_days
                UNION ALL
                SELECT c.id, 5, 'NO_REGULATION',
                       'No spokesperson regulation is in effect on ' || to_char(p.on_day, 'YYYY-MM-DD') || '.', ''
                FROM candidate c CROSS JOIN params p
                WHERE NOT EXISTS (SELECT 1 FROM spokesperson_regulation r
                                  WHERE r.agency_id = c.id AND r.effective_from <= p.on_day)
                UNION ALL
                SELECT cs.agency_id, 6, 'SPOKESPERSON_NEVER_TRAINED',
                       'Spokesperson ' || cs.full_name || ' has attended no training as the spokesperson of this agency.', ''
                FROM current_spokesperson cs CROSS JOIN params p
                WHERE NOT EXISTS (SELECT 1 FROM training_attendance t JOIN training_session ts ON ts.id = t.training_id
                                  WHERE t.agency_id = cs.agency_id AND t.attended_as = 'SPOKESPERSON'
                                    AND t.full_name_key = cs.name_search AND ts.held_on <= p.on_day)
            )
            SELECT c.id, c.code, c.name, c.type_code, c.parent_id,
                   array_agg(g.kind ORDER BY g.ord, g.sort_key, g.detail) AS kinds,
                   array_agg(g.detail ORDER BY g.ord, g.sort_key, g.detail) AS details
            FROM candidate c JOIN gap g ON g.agency_id = c.id
            GROUP BY c.id, c.code, c.name, c.type_code, c.parent_id%s) l""";

    private static final String COLUMNS = "l.id, l.code, l.name, l.type_code, l.parent_id, l.kinds, l.details";

    private final AgroalDataSource dataSource;

    public ComplianceGapRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * One page of the agencies with gaps on {@code on}, by code (then id), each with all its gaps: one {@link ListQuery}
     * statement over the gaps as a derived table, its total counted next to the page, {@code after} a cursor on (code, id).
     */
    public Page<AgencyGapsResponse> find(Filter filter, LocalDate on, int withinDays, PageRequest page) {
        List<Object> params = new ArrayList<>(List.of(on, withinDays));
        StringBuilder candidate = new StringBuilder();
        condition(candidate, params, "a.type_code", filter.type());
        condition(candidate, params, "a.parent_id", filter.parentId());
        condition(candidate, params, "a.id", filter.agencyId());
        String having = "";
        if (filter.kind() != null) {
            having = "\n    HAVING bool_or(g.kind = ?)";
            params.add(filter.kind().name());
        }
        return ListQuery.select(COLUMNS, GAPS.formatted(candidate, having), ComplianceGapRepository::agency)
                .fromParams(params.toArray())
                .orderBy(SortKey.text("l.code"), SortKey.uuid("l.id"))
                .page(dataSource, page);
    }

    /** {@code AND column = ?} in the candidate agencies, when the filter is given: null filters stay out of the text. */
    private static void condition(StringBuilder candidate, List<Object> params, String column, Object value) {
        if (value != null) {
            candidate.append("\n      AND ").append(column).append(" = ?");
            params.add(value);
        }
    }

    private static AgencyGapsResponse agency(Rows r) throws SQLException {
        List<String> kinds = r.strings("kinds");
        List<String> details = r.strings("details");
        List<AgencyGapsResponse.Gap> gaps = new ArrayList<>(kinds.size());
        for (int i = 0; i < kinds.size(); i++) {
            gaps.add(new AgencyGapsResponse.Gap(GapKind.valueOf(kinds.get(i)), details.get(i)));
        }
        return new AgencyGapsResponse(r.uuid("id"), r.string("code"), r.string("name"), r.string("type_code"), r.uuid("parent_id"),
                List.copyOf(gaps));
    }
}
