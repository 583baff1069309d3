package vn.gov.pressinfo.reporting.compliance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.pressinfo.reporting.assignment.AssignmentState;
import vn.gov.pressinfo.reporting.document.VietnameseText;
import vn.gov.pressinfo.reporting.status.AgencyStatus;
import vn.gov.pressinfo.reporting.status.RequestStatus;

/**
 * The one rule that turns compliance scores into the two lists the department proposes and publishes: the commendation
 * proposal (đề nghị khen thưởng) and the agencies that did not perform well (chưa thực hiện tốt). For a period: at or above
 * the commendation threshold, and below the public-list threshold. For the consolidated report of a request, among the
 * agencies it asked (withdrawn ones left out): commended only when the agency also submitted that report on time; not
 * performing well when it did not submit that report, or scored below the public-list threshold. The thresholds are
 * configuration ({@link ComplianceConfig}); the wording of each rule is printed with the lists.
 */
public final class ComplianceLists {

    private ComplianceLists() {
    }

    /** One agency on a list and why. */
    @Schema(name = "ComplianceListEntry", description = "One agency on a list, its score in the period and why it is listed.")
    public record Entry(
            UUID agencyId,
            @Schema(example = "Sở Y tế", maxLength = 300) String agencyName,
            @Schema(example = "DEPARTMENT", maxLength = 50) String agencyType,
            @Schema(description = "Compliance score of the period, percent; null when the agency was not scored (not active).", example = "95.0")
            Double score,
            @Schema(example = "Điểm đánh giá 95%", maxLength = 1000) String reason) {
    }

    /** Both lists and the rules that made them. */
    public record Lists(List<Entry> commendation, String commendationRule, List<Entry> notPerformingWell, String notPerformingWellRule) {
    }

    /** The lists of a period over every scored agency. */
    public static Lists ofPeriod(ComplianceScores scores) {
        List<Entry> commendation = new ArrayList<>();
        List<Entry> low = new ArrayList<>();
        for (ComplianceScores.AgencyScore s : scores.ranking()) {
            if (s.score() >= scores.commendationThreshold()) {
                commendation.add(entry(s, scoreReason(s.score())));
            }
        }
        for (int i = scores.ranking().size() - 1; i >= 0; i--) {
            ComplianceScores.AgencyScore s = scores.ranking().get(i);
            if (s.score() < scores.publicListThreshold()) {
                low.add(entry(s, scoreReason(s.score())));
            }
        }
        return new Lists(commendation, commendationRule(scores, false), low, notPerformingWellRule(scores, false));
    }

    /** The lists of the consolidated report of a request: among the agencies it asked, with their submission of that report. */
    public static Lists ofRequest(ComplianceScores scores, RequestStatus status) {
        Map<UUID, AgencyStatus> asked = new LinkedHashMap<>();
        for (RequestStatus.Group g : status.groups()) {
            for (AgencyStatus a : g.agencies()) {
                if (a.state() != AssignmentState.WITHDRAWN) {
                    asked.put(a.agencyId(), a);
                }
            }
        }
        Map<UUID, ComplianceScores.AgencyScore> byAgency = new HashMap<>();
        scores.ranking().forEach(s -> byAgency.put(s.agencyId(), s));
        List<Entry> commendation = new ArrayList<>();
        for (ComplianceScores.AgencyScore s : scores.ranking()) {
            AgencyStatus a = asked.get(s.agencyId());
            if (a != null && a.submitted() && !a.late() && s.score() >= scores.commendationThreshold()) {
                commendation.add(entry(s, scoreReason(s.score())));
            }
        }
        List<Entry> low = new ArrayList<>();
        for (AgencyStatus a : asked.values()) {
            ComplianceScores.AgencyScore s = byAgency.get(a.agencyId());
            if (!a.submitted()) {
                String reason = "Chưa gửi báo cáo" + (s != null && s.score() < scores.publicListThreshold() ? "; " + scoreReason(s.score()) : "");
                low.add(new Entry(a.agencyId(), a.agencyName(), a.agencyType(), s == null ? null : s.score(), reason));
            }
        }
        for (int i = scores.ranking().size() - 1; i >= 0; i--) {
            ComplianceScores.AgencyScore s = scores.ranking().get(i);
            AgencyStatus a = asked.get(s.agencyId());
            if (a != null && a.submitted() && s.score() < scores.publicListThreshold()) {
                low.add(entry(s, scoreReason(s.score())));
            }
        }
        return new Lists(commendation, commendationRule(scores, true), low, notPerformingWellRule(scores, true));
    }

    /** The commendation rule in words, e.g. "… từ 90% trở lên …". */
    public static String commendationRule(ComplianceScores scores, boolean ofRequest) {
        return "Cơ quan, đơn vị có điểm đánh giá thực hiện công tác phát ngôn và cung cấp thông tin cho báo chí "
                + VietnameseText.period(scores.period()) + " từ " + scores.commendationThreshold() + "% trở lên"
                + (ofRequest ? " và đã gửi báo cáo đúng hạn" : "") + ".";
    }

    /** The not-performing-well rule in words. */
    public static String notPerformingWellRule(ComplianceScores scores, boolean ofRequest) {
        return "Cơ quan, đơn vị " + (ofRequest ? "chưa gửi báo cáo hoặc " : "") + "có điểm đánh giá thực hiện công tác phát ngôn và cung cấp "
                + "thông tin cho báo chí " + VietnameseText.period(scores.period()) + " dưới " + scores.publicListThreshold() + "%.";
    }

    private static Entry entry(ComplianceScores.AgencyScore s, String reason) {
        return new Entry(s.agencyId(), s.agencyName(), s.agencyType(), s.score(), reason);
    }

    /** "Điểm đánh giá 95,5%". */
    public static String scoreReason(double score) {
        return "Điểm đánh giá " + VietnameseText.decimal(score) + "%";
    }
}
