package vn.gov.pressinfo.reporting.compliance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.agroal.api.AgroalDataSource;
import vn.gov.pressinfo.agencydirectory.AgencyReference;
import vn.gov.pressinfo.agencydirectory.AgencyReferenceRepository;
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

    private final AgroalDataSource dataSource;
    private final AgencyReferenceRepository agencies;
    private final ComplianceConfig config;

    public ComplianceService(AgroalDataSource dataSource, AgencyReferenceRepository agencies, ComplianceConfig config) {
        this.dataSource = dataSource;
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

        // One query for every agency's current spokesperson (SpokespersonReference.speaksOn, HEAD or APPOINTED), not one per agency.
        Set<UUID> withSpokesperson = agencySet("SELECT DISTINCT agency_id FROM spokesperson_reference WHERE kind <> 'AUTHORIZED' "
                + "AND status <> 'EXPIRED' AND valid_from <= ? AND (valid_until IS NULL OR valid_until > ?)", to, to);
        Set<UUID> withRegulation = agencySet("SELECT DISTINCT agency_id FROM compliance_fact WHERE kind = 'REGULATION_RECORDED' "
                + "AND effective_on <= ?", to);
        Set<UUID> trained = agencySet("SELECT DISTINCT agency_id FROM compliance_fact WHERE kind = 'TRAINING_ATTENDED' AND right_person "
                + "AND effective_on >= ? AND effective_on <= ?", from.minusYears(1), to);
        // A request belongs to the period its own cut-off ends in (its due date when it has no period); a withdrawn assignment
        // (the agency ended, no successor takes the report) was never owed.
        Map<UUID, int[]> reports = counts("""
                SELECT a.agency_id, count(*), count(*) FILTER (WHERE a.revision > 0 AND NOT a.late)
                FROM assignment a JOIN report_request r ON r.id = a.request_id
                WHERE a.state <> 'WITHDRAWN' AND COALESCE(r.period_end, a.due_date) >= ? AND COALESCE(r.period_end, a.due_date) <= ?
                GROUP BY a.agency_id""", from, to);
        Map<UUID, int[]> falseInfo = counts("""
                SELECT f.agency_id, count(*), count(*) FILTER (WHERE EXISTS (SELECT 1 FROM press_fact s WHERE s.kind = 'REBUTTAL_SENT'
                    AND s.case_id = f.case_id AND s.on_time))
                FROM press_fact f WHERE f.kind = 'FALSE_INFO_FLAGGED' AND f.occurred_on >= ? AND f.occurred_on <= ? GROUP BY f.agency_id""",
                from, to);
        Map<UUID, int[]> inquiries = counts("""
                SELECT agency_id, count(DISTINCT inquiry_id),
                       count(DISTINCT inquiry_id) FILTER (WHERE kind IN ('INQUIRY_ANSWERED', 'INQUIRY_REFUSED') AND on_time)
                FROM press_fact WHERE kind IN ('INQUIRY_ANSWERED', 'INQUIRY_REFUSED', 'INQUIRY_OVERDUE')
                    AND occurred_on >= ? AND occurred_on <= ?
                GROUP BY agency_id""", from, to);
        Map<UUID, int[]> incidents = counts("""
                SELECT f.agency_id, count(DISTINCT f.incident_id),
                       count(DISTINCT f.incident_id) FILTER (WHERE NOT EXISTS (SELECT 1 FROM press_fact o
                           WHERE o.kind = 'INITIAL_STATEMENT_OVERDUE' AND o.incident_id = f.incident_id))
                FROM press_fact f WHERE f.kind = 'INCIDENT_REGISTERED' AND f.occurred_on >= ? AND f.occurred_on <= ?
                GROUP BY f.agency_id""", from, to);
        Map<UUID, int[]> dutiesMissed = counts("""
                SELECT agency_id, count(*), 0 FROM press_fact WHERE kind = 'PRESS_DUTY_MISSED' AND occurred_on >= ? AND occurred_on <= ?
                GROUP BY agency_id""", from, to);

        ComplianceConfig.Weights w = config.weights();
        List<ComplianceScores.AgencyScore> scored = new ArrayList<>();
        for (AgencyReference a : active) {
            Criterion spokesperson = withSpokesperson.contains(a.id) ? Criterion.MET : Criterion.NOT_MET;
            Criterion regulation = withRegulation.contains(a.id) ? Criterion.MET : Criterion.NOT_MET;
            Criterion training = trained.contains(a.id) ? Criterion.MET : Criterion.NOT_MET;
            int[] r = reports.getOrDefault(a.id, new int[2]);
            Criterion onTime = r[0] == 0 ? Criterion.NOT_APPLICABLE : r[1] == r[0] ? Criterion.MET : Criterion.NOT_MET;
            int[] f = falseInfo.getOrDefault(a.id, new int[2]);
            Criterion answered = f[0] == 0 ? Criterion.NOT_APPLICABLE : f[1] == f[0] ? Criterion.MET : Criterion.NOT_MET;
            int[] q = inquiries.getOrDefault(a.id, new int[2]);
            // A share, not a yes/no: earns its weight times the share; no inquiry in the period earns it in full.
            double inquiryShare = q[0] == 0 ? 1.0 : (double) q[1] / q[0];
            Criterion inquiriesOnTime = share(inquiryShare, q[1]);
            int[] i = incidents.getOrDefault(a.id, new int[2]);
            // A share too, but left out when the agency led no incident (like false information).
            double incidentShare = i[0] == 0 ? 1.0 : (double) i[1] / i[0];
            Criterion initialOnTime = i[0] == 0 ? Criterion.NOT_APPLICABLE : share(incidentShare, i[1]);
            int missed = dutiesMissed.getOrDefault(a.id, new int[2])[0];
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
                    r[0], r[1], f[0], f[1], inquiriesOnTime, q[0], q[1], Math.round(inquiryShare * 1000.0) / 10.0, initialOnTime, i[0], i[1],
                    duties, missed));
        }
        Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi"));
        scored.sort(Comparator.comparingDouble(ComplianceScores.AgencyScore::score).reversed()
                .thenComparing(ComplianceScores.AgencyScore::agencyName, vietnamese));
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

    private Set<UUID> agencySet(String sql, LocalDate... days) {
        Set<UUID> result = new HashSet<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < days.length; i++) {
                ps.setObject(i + 1, days[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(rs.getObject(1, UUID.class));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read compliance facts", e);
        }
        return result;
    }

    private Map<UUID, int[]> counts(String sql, LocalDate from, LocalDate to) {
        Map<UUID, int[]> result = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, from);
            ps.setObject(2, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.put(rs.getObject(1, UUID.class), new int[] {rs.getInt(2), rs.getInt(3)});
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read compliance facts", e);
        }
        return result;
    }
}
