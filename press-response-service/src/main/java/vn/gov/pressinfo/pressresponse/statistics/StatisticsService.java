package vn.gov.pressinfo.pressresponse.statistics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import vn.gov.pressinfo.pressresponse.presscase.Verdict;
import vn.gov.pressinfo.security.AgencyScope;
import vn.gov.pressinfo.web.ProblemException;

/** Case figures per agency and period (thống kê); the period counts cases by their detection date in Asia/Ho_Chi_Minh. */
@ApplicationScoped
public class StatisticsService {

    private static final long MAX_DAYS = 3700;

    private final StatisticsQueries queries;
    private final AgencyScope scope;

    public StatisticsService(StatisticsQueries queries, AgencyScope scope) {
        this.queries = queries;
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
        StatisticsQueries.Totals totals = queries.totals(agencyId, from, to);
        List<StatisticsQueries.VerdictCount> verdictCounts = queries.verdicts(agencyId, from, to);
        Map<String, Long> verdicts = new LinkedHashMap<>();
        for (Verdict v : Verdict.values()) {
            verdicts.put(v.name(), 0L);
        }
        for (StatisticsQueries.VerdictCount v : verdictCounts) {
            verdicts.put(v.verdict(), v.count());
        }
        return new CaseStatistics(agencyId, from, to, totals.cases(), totals.open(), verdicts, totals.rebuttalsOnTime(),
                totals.rebuttalsLate(), totals.correctionsObtained(), totals.correctionsCompliant(), totals.correctionsOnTime(),
                totals.correctionsOverdue(), totals.escalated());
    }
}
