package vn.gov.pressinfo.reporting.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import vn.gov.pressinfo.reporting.regime.IndicatorDefinition;
import vn.gov.pressinfo.reporting.regime.Regime;
import vn.gov.pressinfo.reporting.regime.ReportingPeriod;
import vn.gov.pressinfo.web.TextSearch;
import vn.gov.pressinfo.web.persistence.CreationStamp;

/**
 * A report request (công văn yêu cầu báo cáo), e.g. "1005/STTTT-TTBCXB of 05/08/2022": the department asks a set
 * of agencies for a report by a due date; one assignment per agency. The template is copied from the regime
 * when the request is created, so later revisions of the regime do not change what was asked.
 */
@Entity
@Table(name = "report_request")
public class ReportRequest {

    @Id
    public UUID id;
    public String reference;
    @Column(name = "issued_on")
    public LocalDate issuedOn;
    public String subject;
    @Column(name = "subject_search", insertable = false, updatable = false)
    public String subjectSearch;
    @Column(name = "regime_id")
    public UUID regimeId;
    @Column(name = "regime_code")
    public String regimeCode;
    @Column(name = "period_label")
    public String periodLabel;
    @Column(name = "period_start")
    public LocalDate periodStart;
    @Column(name = "period_end")
    public LocalDate periodEnd;
    @Column(name = "due_date")
    public LocalDate dueDate;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<IndicatorDefinition> indicators;
    @Column(name = "assignment_count")
    public int assignmentCount;
    /** Who created the row, and when. */
    @Embedded
    public CreationStamp stamp;

    /**
     * A request issued by {@code actor} at {@code now}, from a checked command: under {@code regime} (null for an ad hoc
     * request) with its template and, for a periodic regime, {@code period} (null otherwise); otherwise with the
     * command's own indicators. Reference and subject are normalised for storage.
     */
    static ReportRequest issue(CreateReportRequest command, Regime regime, ReportingPeriod period, LocalDate dueDate,
            int assignmentCount, String actor, Instant now) {
        ReportRequest r = new ReportRequest();
        r.id = UUID.randomUUID();
        r.reference = TextSearch.clean(command.reference());
        r.issuedOn = command.issuedOn();
        r.subject = TextSearch.clean(command.subject());
        if (regime != null) {
            r.regimeId = regime.id;
            r.regimeCode = regime.code;
            r.indicators = regime.indicators;
        } else {
            r.indicators = command.indicators() == null ? List.of() : List.copyOf(command.indicators());
        }
        if (period != null) {
            r.periodLabel = period.label();
            r.periodStart = period.start();
            r.periodEnd = period.end();
        }
        r.dueDate = dueDate;
        r.assignmentCount = assignmentCount;
        r.stamp = CreationStamp.of(actor, now);
        return r;
    }
}
