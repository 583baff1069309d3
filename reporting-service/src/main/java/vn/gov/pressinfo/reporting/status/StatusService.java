package vn.gov.pressinfo.reporting.status;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import vn.gov.pressinfo.reporting.assignment.AssignmentState;
import vn.gov.pressinfo.reporting.request.ReportRequest;
import vn.gov.pressinfo.reporting.request.ReportRequestService;
import vn.gov.pressinfo.web.BusinessTime;

/** The status table of a request (tình hình gửi báo cáo), read with one query whatever the number of agencies. */
@ApplicationScoped
public class StatusService {

    private final StatusQueries queries;
    private final ReportRequestService requests;
    private final BusinessTime time;

    public StatusService(StatusQueries queries, ReportRequestService requests, BusinessTime time) {
        this.queries = queries;
        this.requests = requests;
        this.time = time;
    }

    public RequestStatus status(UUID requestId) {
        ReportRequest request = requests.get(requestId);
        LocalDate today = time.today();
        Map<AgencyGroup, List<AgencyStatus>> byGroup = new EnumMap<>(AgencyGroup.class);
        for (AgencyGroup g : AgencyGroup.values()) {
            byGroup.put(g, new ArrayList<>());
        }
        for (StatusQueries.AssignmentLine line : queries.assignmentsOf(requestId)) {
            AssignmentState state = line.state();
            byGroup.get(AgencyGroup.of(line.agencyType())).add(new AgencyStatus(line.assignmentId(), line.agencyId(), line.agencyName(),
                    line.agencyType(), state, state.label(), line.revision() > 0, line.late(),
                    state == AssignmentState.OPEN && line.dueDate().isBefore(today), line.submittedAt()));
        }
        Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi"));
        List<RequestStatus.Group> groups = new ArrayList<>();
        List<AgencyStatus> all = new ArrayList<>();
        byGroup.forEach((group, lines) -> {
            lines.sort(Comparator.comparing(AgencyStatus::agencyName, vietnamese).thenComparing(AgencyStatus::agencyId));
            all.addAll(lines);
            if (!lines.isEmpty()) {
                groups.add(new RequestStatus.Group(group, group.label(), StatusCounts.of(lines), List.copyOf(lines)));
            }
        });
        return new RequestStatus(request.id, request.reference, request.subject, request.dueDate, today, StatusCounts.of(all), groups);
    }
}
