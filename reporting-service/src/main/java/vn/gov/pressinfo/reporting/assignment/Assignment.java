package vn.gov.pressinfo.reporting.assignment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import vn.gov.pressinfo.reporting.request.ReportRequest;

/**
 * One agency's share of a report request (nhiệm vụ báo cáo của một cơ quan): its state, draft and submitted
 * content. Created in bulk with the request (plain SQL), changed through {@link AssignmentService} only.
 */
@Entity
@Table(name = "assignment")
public class Assignment {

    @Id
    public UUID id;
    @Column(name = "request_id", insertable = false, updatable = false)
    public UUID requestId;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "request_id")
    public ReportRequest request;
    @Column(name = "agency_id")
    public UUID agencyId;
    @Column(name = "agency_name")
    public String agencyName;
    @Column(name = "agency_name_search", insertable = false, updatable = false)
    public String agencyNameSearch;
    @Column(name = "agency_type")
    public String agencyType;
    @Enumerated(EnumType.STRING)
    public AssignmentState state;
    @Column(name = "due_date")
    public LocalDate dueDate;
    public boolean late;
    public int revision;
    @JdbcTypeCode(SqlTypes.JSON)
    public ReportContent draft;
    @JdbcTypeCode(SqlTypes.JSON)
    public ReportContent submitted;
    @Column(name = "submitted_at")
    public Instant submittedAt;
    @Column(name = "submitted_by")
    public String submittedBy;
    // Written only by the due-notice job's set-based statements, never by an entity update (which would
    // overwrite them with a stale value and let the job notify twice).
    @Column(name = "due_soon_noticed_at", insertable = false, updatable = false)
    public Instant dueSoonNoticedAt;
    @Column(name = "overdue_noticed_at", insertable = false, updatable = false)
    public Instant overdueNoticedAt;
    @Version
    public long version;
    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Past the deadline and not submitted (quá hạn), on business date {@code today}. */
    public boolean overdueOn(LocalDate today) {
        return overdue(state, dueDate, today);
    }

    /** Past the deadline and not submitted, for an assignment in {@code state} due on {@code dueDate}. */
    static boolean overdue(AssignmentState state, LocalDate dueDate, LocalDate today) {
        return state == AssignmentState.OPEN && dueDate.isBefore(today);
    }
}
