package vn.gov.pressinfo.reporting.regime;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import vn.gov.pressinfo.web.persistence.AuditStamp;

/**
 * A reporting regime (chế độ báo cáo): what is asked, how often, the data cut-off and the deadline, the
 * template of indicators and who receives the consolidated report.
 */
@Entity
@Table(name = "reporting_regime")
public class Regime {

    @Id
    public UUID id;
    public String code;
    public String name;
    @Column(name = "legal_basis")
    public String legalBasis;
    @Enumerated(EnumType.STRING)
    public Frequency frequency;
    @Column(name = "cutoff_start_day")
    public int cutoffStartDay;
    @Column(name = "cutoff_end_day")
    public int cutoffEndDay;
    @Enumerated(EnumType.STRING)
    @Column(name = "deadline_kind")
    public DueDateRule deadlineKind;
    @Column(name = "deadline_working_days")
    public Integer deadlineWorkingDays;
    @Column(name = "deadline_fixed_day")
    public Integer deadlineFixedDay;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<IndicatorDefinition> indicators;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> recipients;
    public boolean active;
    /** Automatic requests, or null. */
    @JdbcTypeCode(SqlTypes.JSON)
    public RequestSchedule schedule;
    /**
     * Dated agency types its scheduled requests ask, with their legal source (read-only, seeded by migrations); when there
     * are none, the schedule's targetTypes apply.
     */
    @OneToMany(fetch = FetchType.EAGER)
    @JoinColumn(name = "regime_id", insertable = false, updatable = false)
    @OrderBy("validFrom NULLS FIRST, typeCode")
    public List<TargetTypeRule> targetTypeRules = new ArrayList<>();
    @Version
    public long version;
    /** Who created the row and who changed it last, and when. */
    @Embedded
    public AuditStamp stamp;

    void apply(RegimeRequest r) {
        code = r.code();
        name = r.name();
        legalBasis = r.legalBasis();
        frequency = r.frequency();
        cutoffStartDay = r.cutoffStartDay() == null ? 15 : r.cutoffStartDay();
        cutoffEndDay = r.cutoffEndDay() == null ? 14 : r.cutoffEndDay();
        deadlineKind = r.deadlineKind();
        deadlineWorkingDays = r.deadlineWorkingDays();
        deadlineFixedDay = r.deadlineFixedDay();
        indicators = List.copyOf(r.indicators());
        recipients = List.copyOf(r.recipients());
        active = r.active() == null || r.active();
        schedule = r.schedule() == null ? null
                : new RequestSchedule(List.copyOf(r.schedule().targetTypes()), r.schedule().effectiveLeadDays());
    }

    /** A regime defined by {@code actor} at {@code now}, from a checked and cleaned request. */
    static Regime define(RegimeRequest request, String actor, Instant now) {
        Regime regime = new Regime();
        regime.id = UUID.randomUUID();
        regime.apply(request);
        regime.stamp = AuditStamp.created(actor, now);
        return regime;
    }
}
