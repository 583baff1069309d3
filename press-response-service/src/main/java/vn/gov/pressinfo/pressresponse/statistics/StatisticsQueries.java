package vn.gov.pressinfo.pressresponse.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import vn.gov.pressinfo.web.BusinessTime;

/**
 * The SQL behind {@link StatisticsService}: the cases of a period (detection dates from {@code from} to {@code to}, in
 * Asia/Ho_Chi_Minh), of one agency or of all when {@code agencyId} is null.
 */
@ApplicationScoped
public class StatisticsQueries {

    /** The counts of one period, each as {@link CaseStatistics} describes it. */
    public record Totals(long cases, long open, long rebuttalsOnTime, long rebuttalsLate, long correctionsObtained,
            long correctionsCompliant, long correctionsOnTime, long correctionsOverdue, long escalated) {
    }

    /** How many cases of the period have {@code verdict}. */
    public record VerdictCount(String verdict, long count) {
    }

    private final EntityManager em;

    public StatisticsQueries(EntityManager em) {
        this.em = em;
    }

    public Totals totals(UUID agencyId, LocalDate from, LocalDate to) {
        Object[] totals = (Object[]) bind(em.createNativeQuery("SELECT count(*), "
                + "count(*) FILTER (WHERE c.state <> 'CLOSED'), "
                + "count(r.id) FILTER (WHERE r.status = 'SENT' AND r.on_time), "
                + "count(r.id) FILTER (WHERE r.status = 'SENT' AND NOT r.on_time), "
                + "count(k.id), count(k.id) FILTER (WHERE k.compliant), count(k.id) FILTER (WHERE k.on_time), "
                + "count(*) FILTER (WHERE c.overdue_notified_at IS NOT NULL), count(*) FILTER (WHERE c.escalation IS NOT NULL) "
                + "FROM press_case c LEFT JOIN rebuttal r ON r.case_id = c.id LEFT JOIN correction k ON k.case_id = c.id"
                + where(agencyId)), agencyId, from, to).getSingleResult();
        return new Totals(n(totals[0]), n(totals[1]), n(totals[2]), n(totals[3]), n(totals[4]), n(totals[5]), n(totals[6]),
                n(totals[7]), n(totals[8]));
    }

    /** The verdicts the period's cases have, each with its count; cases without a verdict are left out. */
    public List<VerdictCount> verdicts(UUID agencyId, LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery("SELECT c.verdict, count(*) FROM press_case c" + where(agencyId)
                + " AND c.verdict IS NOT NULL GROUP BY c.verdict"), agencyId, from, to).getResultList();
        return rows.stream().map(row -> new VerdictCount((String) row[0], n(row[1]))).toList();
    }

    private static String where(UUID agencyId) {
        return " WHERE c.detected_at >= :from AND c.detected_at < :to"
                + (agencyId == null ? "" : " AND c.responsible_agency_id = :agency");
    }

    private static Query bind(Query q, UUID agencyId, LocalDate from, LocalDate to) {
        q.setParameter("from", from.atStartOfDay(BusinessTime.ZONE).toOffsetDateTime());
        q.setParameter("to", to.plusDays(1).atStartOfDay(BusinessTime.ZONE).toOffsetDateTime());
        if (agencyId != null) {
            q.setParameter("agency", agencyId);
        }
        return q;
    }

    private static long n(Object o) {
        return ((Number) o).longValue();
    }
}
