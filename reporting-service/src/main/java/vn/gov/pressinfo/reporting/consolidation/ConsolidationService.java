package vn.gov.pressinfo.reporting.consolidation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import vn.gov.pressinfo.reporting.assignment.AssignmentState;
import vn.gov.pressinfo.reporting.assignment.Narrative;
import vn.gov.pressinfo.reporting.assignment.ReportContent;
import vn.gov.pressinfo.reporting.compliance.ComplianceLists;
import vn.gov.pressinfo.reporting.compliance.ComplianceScores;
import vn.gov.pressinfo.reporting.compliance.ComplianceService;
import vn.gov.pressinfo.reporting.document.Letterheads;
import vn.gov.pressinfo.reporting.facts.FactRepository;
import vn.gov.pressinfo.reporting.facts.RecordedIndicators;
import vn.gov.pressinfo.reporting.regime.IndicatorDefinition;
import vn.gov.pressinfo.reporting.regime.Frequency;
import vn.gov.pressinfo.reporting.regime.IndicatorType;
import vn.gov.pressinfo.reporting.regime.ReportingPeriod;
import vn.gov.pressinfo.reporting.request.ReportRequest;
import vn.gov.pressinfo.reporting.request.ReportRequestService;
import vn.gov.pressinfo.reporting.status.AgencyStatus;
import vn.gov.pressinfo.reporting.status.RequestStatus;
import vn.gov.pressinfo.reporting.status.StatusService;
import vn.gov.pressinfo.web.BusinessTime;

/** Rolls the submitted reports of a request up into the department's consolidated figures. */
@ApplicationScoped
public class ConsolidationService {

    private final ConsolidationQueries queries;
    private final ReportRequestService requests;
    private final StatusService status;
    private final FactRepository facts;
    private final ComplianceService compliance;
    private final Letterheads letterheads;
    private final BusinessTime time;

    public ConsolidationService(ConsolidationQueries queries, ReportRequestService requests, StatusService status, FactRepository facts,
            ComplianceService compliance, Letterheads letterheads, BusinessTime time) {
        this.compliance = compliance;
        this.letterheads = letterheads;
        this.time = time;
        this.queries = queries;
        this.facts = facts;
        this.requests = requests;
        this.status = status;
    }

    public Consolidation consolidate(UUID requestId) {
        ReportRequest request = requests.get(requestId);
        RequestStatus table = status.status(requestId);
        return consolidate(request, table, queries.submittedReports(requestId));
    }

    /**
     * What the consolidated report prints on {@code date} (today when null): the consolidation, the status table, the submitted
     * reports, the compliance lists of the request's period among the agencies it asked, and the letterhead of that date. A
     * fixed number of queries whatever the number of assignments.
     */
    public ConsolidationReport report(UUID requestId, LocalDate date) {
        ReportRequest request = requests.get(requestId);
        Letterheads.Letterhead letterhead = letterheads.on(date == null ? time.today() : date);
        RequestStatus table = status.status(requestId);
        Map<UUID, ReportContent> submitted = queries.submittedReports(requestId);
        Consolidation consolidation = consolidate(request, table, submitted);
        String period = request.periodLabel != null ? request.periodLabel
                : ReportingPeriod.labelContaining(Frequency.ANNUAL, request.dueDate, ReportingPeriod.DEFAULT_START_DAY);
        ComplianceScores scores = compliance.scores(period, null, null);
        String issuer = letterheads.departmentNameOn(request.issuedOn).orElse(letterhead.department().agencyName());
        return new ConsolidationReport(consolidation, table, request.issuedOn, issuer, scores.period(), List.copyOf(request.indicators),
                submitted, ComplianceLists.ofRequest(scores, table), letterhead);
    }

    private Consolidation consolidate(ReportRequest request, RequestStatus table, Map<UUID, ReportContent> submitted) {
        List<UUID> targeted = table.groups().stream().flatMap(g -> g.agencies().stream()).map(AgencyStatus::agencyId).distinct().toList();
        boolean hasPeriod = request.periodStart != null && request.periodEnd != null;
        Map<String, Long> recorded = hasPeriod ? facts.recordedIndicators(targeted, request.periodStart, request.periodEnd) : Map.of();

        List<Consolidation.IndicatorTotal> totals = new ArrayList<>();
        for (IndicatorDefinition d : request.indicators) {
            totals.add(total(d, submitted.values(), d.type() == IndicatorType.INTEGER ? recorded.get(d.key()) : null));
        }
        List<Consolidation.RecordedFigure> providing = hasPeriod
                ? providingInformation(recorded, targeted, request.periodStart, request.periodEnd) : List.of();
        List<String> late = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> withdrawn = new ArrayList<>();
        Map<UUID, String> names = new HashMap<>();
        List<AgencyStatus> ordered = new ArrayList<>();
        for (RequestStatus.Group group : table.groups()) {
            for (AgencyStatus a : group.agencies()) {
                names.put(a.assignmentId(), a.agencyName());
                ordered.add(a);
                if (a.state() == AssignmentState.WITHDRAWN) {
                    // Ended by a reorganisation with no successor taking the report: not "chưa gửi".
                    withdrawn.add(a.agencyName());
                } else if (!a.submitted()) {
                    missing.add(a.agencyName());
                } else if (a.late()) {
                    late.add(a.agencyName());
                }
            }
        }
        Consolidation.Narratives narratives = new Consolidation.Narratives(extracts(ordered, submitted, Narrative::results),
                extracts(ordered, submitted, Narrative::shortcomings), extracts(ordered, submitted, Narrative::causes),
                extracts(ordered, submitted, Narrative::proposals));
        return new Consolidation(request.id, request.reference, request.subject, request.dueDate, table.asOf(), table.counts(), totals, late,
                missing, withdrawn, providing, narratives);
    }

    /** The "providing information" section: what the suite recorded, labelled as the department's report words it. */
    private List<Consolidation.RecordedFigure> providingInformation(Map<String, Long> recorded, List<UUID> agencies, LocalDate from,
            LocalDate to) {
        FactRepository.IncidentCounts incidents = facts.incidents(agencies, from, to);
        List<Consolidation.RecordedFigure> figures = new ArrayList<>();
        figures.add(new Consolidation.RecordedFigure("inquiriesReceived", "Số yêu cầu cung cấp thông tin của báo chí đã tiếp nhận",
                facts.inquiriesReceived(agencies, from, to)));
        figures.addAll(List.of(
                new Consolidation.RecordedFigure("inquiriesAnsweredOnTime", "Số yêu cầu cung cấp thông tin của báo chí được trả lời đúng hạn",
                        recorded.get(RecordedIndicators.INQUIRIES_ANSWERED_ON_TIME)),
                new Consolidation.RecordedFigure("inquiriesAnsweredLate", "Số yêu cầu cung cấp thông tin của báo chí được trả lời quá hạn",
                        recorded.get(RecordedIndicators.INQUIRIES_ANSWERED_LATE)),
                new Consolidation.RecordedFigure("inquiriesRefused", "Số yêu cầu cung cấp thông tin của báo chí bị từ chối có căn cứ pháp luật",
                        recorded.get(RecordedIndicators.INQUIRIES_REFUSED)),
                new Consolidation.RecordedFigure("incidentsRegistered", "Số vụ việc đột xuất, bất thường do cơ quan chủ trì cung cấp thông tin",
                        incidents.registered()),
                new Consolidation.RecordedFigure("incidentsInitialStatementOnTime",
                        "Số vụ việc đột xuất, bất thường có phát ngôn ban đầu của cơ quan chủ trì trong thời hạn", incidents.statementOnTime()),
                new Consolidation.RecordedFigure("incidentsInitialStatementOverdue",
                        "Số vụ việc đột xuất, bất thường chậm phát ngôn ban đầu (quá hạn)", incidents.overdue()),
                new Consolidation.RecordedFigure("pressDutiesMissed", "Số lần không thực hiện chế độ cung cấp thông tin định kỳ cho báo chí",
                        facts.dutiesMissed(agencies, from, to))));
        // Refusals per legal ground, right after the total of refusals.
        int at = 4;
        for (FactRepository.GroundCount g : facts.refusalsByGround(agencies, from, to)) {
            figures.add(at++, new Consolidation.RecordedFigure("inquiriesRefused." + g.code(), "Trong đó, từ chối vì: " + g.label(),
                    g.refusals()));
        }
        return figures;
    }

    private static List<Consolidation.Extract> extracts(List<AgencyStatus> ordered, Map<UUID, ReportContent> submitted,
            Function<Narrative, String> section) {
        List<Consolidation.Extract> result = new ArrayList<>();
        for (AgencyStatus a : ordered) {
            ReportContent content = submitted.get(a.assignmentId());
            if (content != null) {
                String text = section.apply(content.narrative());
                if (text != null && !text.isBlank()) {
                    result.add(new Consolidation.Extract(a.agencyName(), text.trim()));
                }
            }
        }
        return result;
    }

    private static Consolidation.IndicatorTotal total(IndicatorDefinition d, Iterable<ReportContent> reports, Long recorded) {
        int reported = 0;
        long sum = 0;
        double numeric = 0;
        long trues = 0;
        Map<String, Integer> choices = new TreeMap<>();
        for (ReportContent report : reports) {
            Object value = report.indicators().get(d.key());
            if (value == null) {
                continue;
            }
            reported++;
            switch (d.type()) {
                case INTEGER -> {
                    long v = ((Number) value).longValue();
                    sum += v;
                    numeric += v;
                }
                case PERCENTAGE -> numeric += ((Number) value).doubleValue();
                case BOOLEAN -> trues += Boolean.TRUE.equals(value) ? 1 : 0;
                case MULTI_CHOICE -> {
                    for (Object form : (List<?>) value) {
                        choices.merge(form.toString(), 1, Integer::sum);
                    }
                }
            }
        }
        Double average = reported == 0 ? null : Math.round(numeric / reported * 100.0) / 100.0;
        return switch (d.type()) {
            case INTEGER -> new Consolidation.IndicatorTotal(d.key(), d.label(), d.type(), reported, sum, average, null, recorded);
            case PERCENTAGE -> new Consolidation.IndicatorTotal(d.key(), d.label(), d.type(), reported, null, average, null, null);
            case BOOLEAN -> new Consolidation.IndicatorTotal(d.key(), d.label(), d.type(), reported, trues, null, null, null);
            case MULTI_CHOICE -> new Consolidation.IndicatorTotal(d.key(), d.label(), d.type(), reported, null, null, choices, null);
        };
    }
}
