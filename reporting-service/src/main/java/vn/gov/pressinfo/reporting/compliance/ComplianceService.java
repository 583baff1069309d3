package vn.gov.pressinfo.reporting.compliance;

import java.text.CollationKey;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.gov.pressinfo.agencydirectory.AgencyReference;
import vn.gov.pressinfo.agencydirectory.AgencyReferenceRepository;
import vn.gov.pressinfo.reporting.compliance.ComplianceQueries.Tally;
import vn.gov.pressinfo.reporting.regime.ReportingPeriod;
import vn.gov.pressinfo.web.ProblemException;

/**
 * The compliance score (đánh giá thực hiện công tác phát ngôn) of each active agency for a period, from facts the
 * suite already holds: a current spokesperson (spokesperson read model), a regulation in effect and a training
 * attended by the spokesperson (registry events), reports submitted on time (assignments), false information answered
 * on time, press inquiries answered on time, initial statements on incidents led given on time and periodic press
 * duties met (press events). Weights and thresholds are configuration ({@link ComplianceConfig}). Periods are reporting periods
 * with the Decree 09/2019 cut-off ({@link ReportingPeriod#parse}): "2025" runs from 15 Dec 2024 to 14 Dec 2025.
 */
@ApplicationScoped
public class ComplianceService {

    private final ComplianceQueries queries;
    private final AgencyReferenceRepository agencies;
    private final ComplianceConfig config;

    public ComplianceService(ComplianceQueries queries, AgencyReferenceRepository agencies, ComplianceConfig config) {
        this.queries = queries;
        this.agencies = agencies;
        this.config = config;
    }

    @Transactional
    public ComplianceScores scores(String period, String type, UUID parentId) {
        ReportingPeriod p;
        try {
            p = ReportingPeriod.parse(period);
        } catch (IllegalArgumentException e) {
            throw ProblemException.unprocessable("period", e.getMessage());
        }
        LocalDate from = p.start();
        LocalDate to = p.end();
        StringBuilder where = new StringBuilder("status = 'ACTIVE'");
        Map<String, Object> params = new HashMap<>();
        if (type != null && !type.isBlank()) {
            where.append(" and type = :type");
            params.put("type", type.trim());
        }
        if (parentId != null) {
            where.append(" and parentId = :parent");
            params.put("parent", parentId);
        }
        List<AgencyReference> active = agencies.list(where.toString(), params);

        Set<UUID> withSpokesperson = queries.agenciesWithSpokesperson(to);
        Set<UUID> withRegulation = queries.agenciesWithRegulation(to);
        Set<UUID> trained = queries.agenciesTrained(from.minusYears(1), to);
        Map<UUID, Tally> reports = queries.reports(from, to);
        Map<UUID, Tally> falseInfo = queries.falseInformation(from, to);
        Map<UUID, Tally> inquiries = queries.inquiries(from, to);
        Map<UUID, Tally> incidents = queries.incidents(from, to);
        Map<UUID, Tally> dutiesMissed = queries.pressDutiesMissed(from, to);

        ComplianceConfig.Weights w = config.weights();
        List<ComplianceScores.AgencyScore> scored = new ArrayList<>();
        for (AgencyReference a : active) {
            Criterion spokesperson = withSpokesperson.contains(a.id) ? Criterion.MET : Criterion.NOT_MET;
            Criterion regulation = withRegulation.contains(a.id) ? Criterion.MET : Criterion.NOT_MET;
            Criterion training = trained.contains(a.id) ? Criterion.MET : Criterion.NOT_MET;
            Tally r = reports.getOrDefault(a.id, Tally.NONE);
            Criterion onTime = r.all() == 0 ? Criterion.NOT_APPLICABLE : r.good() == r.all() ? Criterion.MET : Criterion.NOT_MET;
            Tally f = falseInfo.getOrDefault(a.id, Tally.NONE);
            Criterion answered = f.all() == 0 ? Criterion.NOT_APPLICABLE : f.good() == f.all() ? Criterion.MET : Criterion.NOT_MET;
            Tally q = inquiries.getOrDefault(a.id, Tally.NONE);
            // A share, not a yes/no: earns its weight times the share; no inquiry in the period earns it in full.
            double inquiryShare = q.all() == 0 ? 1.0 : (double) q.good() / q.all();
            Criterion inquiriesOnTime = share(inquiryShare, q.good());
            Tally i = incidents.getOrDefault(a.id, Tally.NONE);
            // A share too, but left out when the agency led no incident (like false information).
            double incidentShare = i.all() == 0 ? 1.0 : (double) i.good() / i.all();
            Criterion initialOnTime = i.all() == 0 ? Criterion.NOT_APPLICABLE : share(incidentShare, i.good());
            int missed = dutiesMissed.getOrDefault(a.id, Tally.NONE).all();
            // The suite does not know which agencies bear a periodic duty, only the duties missed: no miss is MET.
            Criterion duties = missed == 0 ? Criterion.MET : Criterion.NOT_MET;

            double earned = w.inquiriesAnsweredOnTime() * inquiryShare;
            double applicable = w.inquiriesAnsweredOnTime();
            if (initialOnTime != Criterion.NOT_APPLICABLE) {
                earned += w.initialStatementsOnTime() * incidentShare;
                applicable += w.initialStatementsOnTime();
            }
            Criterion[] criteria = {spokesperson, regulation, training, onTime, answered, duties};
            int[] weights = {w.spokesperson(), w.regulation(), w.training(), w.reportsOnTime(), w.falseInfoAnswered(), w.pressDutiesMet()};
            for (int k = 0; k < criteria.length; k++) {
                if (criteria[k] != Criterion.NOT_APPLICABLE) {
                    applicable += weights[k];
                    earned += weight(criteria[k], weights[k]);
                }
            }
            double score = applicable == 0 ? 100.0 : Math.round(earned / applicable * 1000.0) / 10.0;
            scored.add(new ComplianceScores.AgencyScore(0, a.id, a.name, a.type, score, spokesperson, regulation, training, onTime, answered,
                    r.all(), r.good(), f.all(), f.good(), inquiriesOnTime, q.all(), q.good(), Math.round(inquiryShare * 1000.0) / 10.0, initialOnTime, i.all(), i.good(),
                    duties, missed));
        }
        // One collation key per name, made once: comparing two keys compares bytes, where Collator.compare decomposes both
        // names again on each of the n log n comparisons (3 s of a consolidated report with 48,000 agencies known).
        Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi"));
        Map<String, CollationKey> names = new HashMap<>();
        scored.forEach(s -> names.computeIfAbsent(s.agencyName(), vietnamese::getCollationKey));
        scored.sort(Comparator.comparingDouble(ComplianceScores.AgencyScore::score).reversed()
                .thenComparing(s -> names.get(s.agencyName())));
        List<ComplianceScores.AgencyScore> ranking = new ArrayList<>(scored.size());
        int rank = 0;
        double previous = Double.NaN;
        for (int i = 0; i < scored.size(); i++) {
            ComplianceScores.AgencyScore s = scored.get(i);
            if (s.score() != previous) {
                rank = i + 1;
                previous = s.score();
            }
            ranking.add(new ComplianceScores.AgencyScore(rank, s.agencyId(), s.agencyName(), s.agencyType(), s.score(), s.spokesperson(),
                    s.regulation(), s.training(), s.reportsOnTime(), s.falseInfoAnswered(), s.reportsAsked(), s.reportsOnTimeCount(),
                    s.falseInfoFlagged(), s.falseInfoAnsweredOnTime(), s.inquiriesAnsweredOnTime(), s.inquiriesDecided(),
                    s.inquiriesAnsweredOnTimeCount(), s.inquiriesAnsweredOnTimeShare(), s.initialStatementsOnTime(), s.incidentsLed(),
                    s.initialStatementsOnTimeCount(), s.pressDutiesMet(), s.pressDutiesMissed()));
        }
        ComplianceScores scores = new ComplianceScores(p.label(), from, to, new ComplianceScores.Weights(w.spokesperson(), w.regulation(),
                w.training(), w.reportsOnTime(), w.falseInfoAnswered(), w.inquiriesAnsweredOnTime(), w.initialStatementsOnTime(),
                w.pressDutiesMet()), config.commendationThreshold(), config.publicListThreshold(), ranking, List.of(), List.of());
        ComplianceLists.Lists lists = ComplianceLists.ofPeriod(scores);
        return new ComplianceScores(scores.period(), from, to, scores.weights(), scores.commendationThreshold(), scores.publicListThreshold(),
                ranking, lists.commendation().stream().map(ComplianceLists.Entry::agencyName).toList(),
                lists.notPerformingWell().stream().map(ComplianceLists.Entry::agencyName).toList());
    }

    /** A share criterion: MET when all, NOT_MET when none, PARTLY_MET between. */
    private static Criterion share(double share, int good) {
        return share == 1.0 ? Criterion.MET : good == 0 ? Criterion.NOT_MET : Criterion.PARTLY_MET;
    }

    private static int weight(Criterion c, int weight) {
        return c == Criterion.MET ? weight : 0;
    }
}
