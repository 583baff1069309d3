package vn.gov.pressinfo.registry.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.query.NativeQuery;

import vn.gov.pressinfo.web.Page;
import vn.gov.pressinfo.web.PageRequest;

/**
 * Compliance gaps computed in the database, in one native query per page plus one for the total. Every
 * filter is a bound parameter (null means "any"); no caller input is ever part of the SQL text.
 */
@ApplicationScoped
public class ComplianceGapRepository {

    /** Filters; null means "any". {@code agencyId} confines the list to one agency (an agency officer's). */
    public record Filter(String type, UUID parentId, UUID agencyId, GapKind kind) {
    }

    /*
     * candidate: the active agencies the filters keep.
     * current_spokesperson: the head or appointed spokesperson in office on :on ([valid_from, valid_to)).
     * gap: one row per gap, ord = the kind's position for a stable order of an agency's gaps.
     * listed: the agencies with at least one gap (of :kind, when given).
     * Authorization end dates are inclusive: the window of AUTHORIZATION_EXPIRED is [on - N, on - 1], the
     * one of AUTHORIZATION_EXPIRING [on, on + N].
     */
    private static final String GAPS = """
            WITH params AS (
                SELECT CAST(:on AS date) AS on_day, CAST(:withinDays AS integer) AS within_days
            ), candidate AS (
                SELECT a.id, a.code, a.name, a.type_code, a.parent_id
                FROM agency a
                WHERE a.status = 'ACTIVE'
                  AND (CAST(:type AS text) IS NULL OR a.type_code = CAST(:type AS text))
                  AND (CAST(:parentId AS uuid) IS NULL OR a.parent_id = CAST(:parentId AS uuid))
                  AND (CAST(:agencyId AS uuid) IS NULL OR a.id = CAST(:agencyId AS uuid))
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
            ), listed AS (
                SELECT c.id, c.code, c.name, c.type_code, c.parent_id
                FROM candidate c JOIN gap g ON g.agency_id = c.id
                GROUP BY c.id, c.code, c.name, c.type_code, c.parent_id
                HAVING CAST(:kind AS text) IS NULL OR bool_or(g.kind = CAST(:kind AS text))
            )
            """;

    private static final String PAGE = GAPS + """
            , page AS (
                SELECT * FROM listed ORDER BY code, id LIMIT :limit OFFSET :offset
            )
            SELECT pg.id, pg.code, pg.name, pg.type_code, pg.parent_id, g.kind, g.detail
            FROM page pg JOIN gap g ON g.agency_id = pg.id
            ORDER BY pg.code, pg.id, g.ord, g.sort_key
            """;

    private static final String TOTAL = GAPS + "SELECT count(*) FROM listed";

    private final EntityManager em;

    public ComplianceGapRepository(EntityManager em) {
        this.em = em;
    }

    /** One page of the agencies with gaps on {@code on}, by code, each with all its gaps. */
    public Page<AgencyGapsResponse> find(Filter filter, LocalDate on, int withinDays, PageRequest page) {
        NativeQuery<?> query = bind(PAGE, filter, on, withinDays);
        query.setParameter("limit", page.size(), Integer.class);
        query.setParameter("offset", page.offset(), Integer.class);
        Map<UUID, Builder> byAgency = new LinkedHashMap<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            UUID id = (UUID) r[0];
            byAgency.computeIfAbsent(id, k -> new Builder(id, (String) r[1], (String) r[2], (String) r[3], (UUID) r[4]))
                    .gaps.add(new AgencyGapsResponse.Gap(GapKind.valueOf((String) r[5]), (String) r[6]));
        }
        List<AgencyGapsResponse> items = byAgency.values().stream().map(Builder::build).toList();
        long total = ((Number) bind(TOTAL, filter, on, withinDays).getSingleResult()).longValue();
        return Page.of(items, page, total);
    }

    private NativeQuery<?> bind(String sql, Filter filter, LocalDate on, int withinDays) {
        NativeQuery<?> query = em.createNativeQuery(sql).unwrap(NativeQuery.class);
        query.setParameter("on", on, LocalDate.class);
        query.setParameter("withinDays", withinDays, Integer.class);
        query.setParameter("type", filter.type(), String.class);
        query.setParameter("parentId", filter.parentId(), UUID.class);
        query.setParameter("agencyId", filter.agencyId(), UUID.class);
        query.setParameter("kind", filter.kind() == null ? null : filter.kind().name(), String.class);
        return query;
    }

    private static final class Builder {
        final UUID id;
        final String code;
        final String name;
        final String type;
        final UUID parentId;
        final List<AgencyGapsResponse.Gap> gaps = new ArrayList<>();

        Builder(UUID id, String code, String name, String type, UUID parentId) {
            this.id = id;
            this.code = code;
            this.name = name;
            this.type = type;
            this.parentId = parentId;
        }

        AgencyGapsResponse build() {
            return new AgencyGapsResponse(id, code, name, type, parentId, List.copyOf(gaps));
        }
    }
}
