package vn.gov.pressinfo.pressresponse.statistics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import vn.gov.pressinfo.pressresponse.pressitem.Verdict;
import vn.gov.pressinfo.security.AgencyScope;
import vn.gov.pressinfo.web.BusinessTime;
import vn.gov.pressinfo.web.ProblemException;

/** Case figures per agency and period (thống kê); the period counts cases by their detection date in Asia/Ho_Chi_Minh. */
@ApplicationScoped
public class StatisticsService {

    private static final long MAX_DAYS = 3700;

    private final EntityManager em;
    private final AgencyScope scope;

    public StatisticsService(EntityManager em, AgencyScope scope) {
        this.em = em;
        this.scope = scope;
    }

    /** @throws ProblemException 422 from after to or a period over ten years, 403 another agency's officer */
    public CaseStatistics of(UUID agencyId, LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw ProblemException.unprocessable("from", "must not be after to (" + to + ")");
        }
        if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw ProblemException.unprocessable("to", "the period may span at most ten years");
        }
        var confined = scope.confinedAgency();
        if (confined.isPresent()) {
            if (agencyId != null && !agencyId.equals(confined.get())) {
                throw ProblemException.forbidden("An agency officer may only see the figures of their own agency.");
            }
            agencyId = confined.get();
        }
        String where = " WHERE c.detected_at >= :from AND c.detected_at < :to"
                + (agencyId == null ? "" : " AND c.responsible_agency_id = :agency");
        Object[] totals = (Object[]) bind(em.createNativeQuery("SELECT count(*), "
                + "count(*) FILTER (WHERE c.state <> 'CLOSED'), "
                + "count(r.id) FILTER (WHERE r.status = 'SENT' AND r.on_time), "
                + "count(r.id) FILTER (WHERE r.status = 'SENT' AND NOT r.on_time), "
                + "count(k.id), count(k.id) FILTER (WHERE k.compliant), count(k.id) FILTER (WHERE k.on_time), "
                + "count(*) FILTER (WHERE c.overdue_notified_at IS NOT NULL), count(*) FILTER (WHERE c.escalation IS NOT NULL) "
                + "FROM press_case c LEFT JOIN rebuttal r ON r.case_id = c.id LEFT JOIN correction k ON k.case_id = c.id" + where),
                agencyId, from, to).getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> verdictRows = bind(em.createNativeQuery("SELECT c.verdict, count(*) FROM press_case c" + where
                + " AND c.verdict IS NOT NULL GROUP BY c.verdict"), agencyId, from, to).getResultList();
        Map<String, Long> verdicts = new LinkedHashMap<>();
        for (Verdict v : Verdict.values()) {
            verdicts.put(v.name(), 0L);
        }
        for (Object[] row : verdictRows) {
            verdicts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return new CaseStatistics(agencyId, from, to, n(totals[0]), n(totals[1]), verdicts, n(totals[2]), n(totals[3]), n(totals[4]),
                n(totals[5]), n(totals[6]), n(totals[7]), n(totals[8]));
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
