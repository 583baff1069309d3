package vn.gov.pressinfo.reporting.status;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
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

import io.agroal.api.AgroalDataSource;
import vn.gov.pressinfo.reporting.assignment.AssignmentState;
import vn.gov.pressinfo.reporting.request.ReportRequest;
import vn.gov.pressinfo.reporting.request.ReportRequestService;
import vn.gov.pressinfo.web.BusinessTime;

/** The status table of a request (tình hình gửi báo cáo), read with one query whatever the number of agencies. */
@ApplicationScoped
public class StatusService {

    private static final String QUERY = """
            SELECT a.id, a.agency_id, COALESCE(r.name, a.agency_name), COALESCE(r.type_code, a.agency_type), a.state, a.late,
                   a.revision, a.submitted_at, a.due_date
            FROM assignment a LEFT JOIN agency_reference r ON r.id = a.agency_id
            WHERE a.request_id = ?""";

    private final AgroalDataSource dataSource;
    private final ReportRequestService requests;
    private final BusinessTime time;

    public StatusService(AgroalDataSource dataSource, ReportRequestService requests, BusinessTime time) {
        this.dataSource = dataSource;
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
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(QUERY)) {
            ps.setObject(1, requestId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    AssignmentState state = AssignmentState.valueOf(rs.getString(5));
                    Timestamp submittedAt = rs.getTimestamp(8);
                    boolean submitted = rs.getInt(7) > 0;
                    String type = rs.getString(4);
                    byGroup.get(AgencyGroup.of(type)).add(new AgencyStatus(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                            rs.getString(3), type, state, state.label(), submitted, rs.getBoolean(6),
                            state == AssignmentState.OPEN && rs.getObject(9, LocalDate.class).isBefore(today),
                            submittedAt == null ? null : submittedAt.toInstant()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the status of request " + requestId, e);
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
