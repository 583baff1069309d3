package vn.gov.pressinfo.pressresponse.duty;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import vn.gov.pressinfo.pressresponse.statement.InformationForm;
import vn.gov.pressinfo.web.TextSearch;
import vn.gov.pressinfo.web.persistence.CreationStamp;

/**
 * A periodic duty to inform the press (chế độ phát ngôn, cung cấp thông tin định kỳ): who must give at least
 * {@link #minCount} statements in one of {@link #forms} in every month or quarter, in force from {@link #effectiveFrom}
 * to {@link #effectiveTo}. It names one agency ({@link #agencyId}) or every active agency of a type of the agency
 * directory ({@link #agencyType}, e.g. PROVINCE for the provincial People's Committee).
 */
@Entity
@Table(name = "press_duty")
public class PressDuty {

    @Id
    public UUID id;
    @Column(name = "agency_id")
    public UUID agencyId;
    @Column(name = "agency_type")
    public String agencyType;
    public String name;
    @Enumerated(EnumType.STRING)
    public DutyFrequency frequency;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] forms;
    @Column(name = "min_count")
    public int minCount;
    @Column(name = "effective_from")
    public LocalDate effectiveFrom;
    @Column(name = "effective_to")
    public LocalDate effectiveTo;
    @Column(name = "legal_basis")
    public String legalBasis;
    /** Who created the row, and when. */
    @Embedded
    public CreationStamp stamp;

    public List<InformationForm> informationForms() {
        return Arrays.stream(forms).map(InformationForm::valueOf).toList();
    }

    /** Whether the duty applies to {@code period}: it closes on or after the start and begins before the end of the rule. */
    public boolean covers(DutyPeriod period) {
        return !period.end().isBefore(effectiveFrom) && (effectiveTo == null || !period.start().isAfter(effectiveTo));
    }

    /** A duty defined by {@code actor} at {@code now}, from a checked request (its text cleaned here; one report a period by default). */
    static PressDuty define(DutyRequests.Create request, String actor, Instant now) {
        PressDuty d = new PressDuty();
        d.id = UUID.randomUUID();
        d.agencyId = request.agencyId();
        d.agencyType = request.agencyType();
        d.name = TextSearch.clean(request.name());
        d.frequency = request.frequency();
        d.forms = request.forms().stream().map(Enum::name).toArray(String[]::new);
        d.minCount = request.minCount() == null ? 1 : request.minCount();
        d.effectiveFrom = request.effectiveFrom();
        d.effectiveTo = request.effectiveTo();
        d.legalBasis = TextSearch.clean(request.legalBasis());
        d.stamp = CreationStamp.of(actor, now);
        return d;
    }
}
