package vn.gov.pressinfo.reporting.consolidation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import vn.gov.pressinfo.reporting.assignment.Narrative;
import vn.gov.pressinfo.reporting.assignment.ReportContent;
import vn.gov.pressinfo.reporting.regime.IndicatorDefinition;
import vn.gov.pressinfo.reporting.request.ReportRequest;
import vn.gov.pressinfo.reporting.request.ReportRequestService;
import vn.gov.pressinfo.reporting.status.AgencyStatus;
import vn.gov.pressinfo.reporting.status.RequestStatus;
import vn.gov.pressinfo.reporting.status.StatusService;

/** Rolls the submitted reports of a request up into the department's consolidated figures. */
@ApplicationScoped
public class ConsolidationService {

    private final AgroalDataSource dataSource;
    private final ReportRequestService requests;
    private final StatusService status;
    private final ObjectMapper json;

    public ConsolidationService(AgroalDataSource dataSource, ReportRequestService requests, StatusService status, ObjectMapper json) {
        this.dataSource = dataSource;
        this.requests = requests;
        this.status = status;
        this.json = json;
    }

    public Consolidation consolidate(UUID requestId) {
        ReportRequest request = requests.get(requestId);
        RequestStatus table = status.status(requestId);
        Map<UUID, ReportContent> submitted = submittedReports(requestId);

        List<Consolidation.IndicatorTotal> totals = new ArrayList<>();
        for (IndicatorDefinition d : request.indicators) {
            totals.add(total(d, submitted.values()));
        }
        List<String> late = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        Map<UUID, String> names = new HashMap<>();
        List<AgencyStatus> ordered = new ArrayList<>();
        for (RequestStatus.Group group : table.groups()) {
            for (AgencyStatus a : group.agencies()) {
                names.put(a.assignmentId(), a.agencyName());
                ordered.add(a);
                if (!a.submitted()) {
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
                missing, narratives);
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

    private static Consolidation.IndicatorTotal total(IndicatorDefinition d, Iterable<ReportContent> reports) {
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
            case INTEGER -> new Consolidation.IndicatorTotal(d.key(), d.label(), d.type(), reported, sum, average, null);
            case PERCENTAGE -> new Consolidation.IndicatorTotal(d.key(), d.label(), d.type(), reported, null, average, null);
            case BOOLEAN -> new Consolidation.IndicatorTotal(d.key(), d.label(), d.type(), reported, trues, null, null);
            case MULTI_CHOICE -> new Consolidation.IndicatorTotal(d.key(), d.label(), d.type(), reported, null, null, choices);
        };
    }

    /** The last submitted content of every assignment that submitted, by assignment id. */
    private Map<UUID, ReportContent> submittedReports(UUID requestId) {
        Map<UUID, ReportContent> result = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT id, submitted FROM assignment WHERE request_id = ? AND submitted IS NOT NULL")) {
            ps.setObject(1, requestId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.put(rs.getObject(1, UUID.class), json.readValue(rs.getString(2), ReportContent.class));
                }
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("Could not read the submitted reports of request " + requestId, e);
        }
        return result;
    }
}
