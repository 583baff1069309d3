package vn.gov.pressinfo.reporting.regime;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.gov.pressinfo.reporting.calendar.WorkingCalendar;
import vn.gov.pressinfo.web.BusinessTime;
import vn.gov.pressinfo.web.ETags;
import vn.gov.pressinfo.web.ProblemException;
import vn.gov.pressinfo.web.TextSearch;
import vn.gov.pressinfo.web.WorkingDays;

/** Reporting regimes: their consistency rules, their periods and deadlines. */
@ApplicationScoped
public class RegimeService {

    private final RegimeRepository regimes;
    private final WorkingCalendar calendar;
    private final BusinessTime time;

    public RegimeService(RegimeRepository regimes, WorkingCalendar calendar, BusinessTime time) {
        this.regimes = regimes;
        this.calendar = calendar;
        this.time = time;
    }

    public List<Regime> list() {
        return regimes.all();
    }

    public Regime get(UUID id) {
        return regimes.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Regime " + id + " does not exist."));
    }

    public Regime byCode(String code) {
        return regimes.byCode(code).orElseThrow(() -> ProblemException.unprocessable("regimeCode", "no regime has code " + code));
    }

    @Transactional
    public Regime create(RegimeRequest request, String actor) {
        check(request);
        if (regimes.byCode(request.code()).isPresent()) {
            throw ProblemException.conflict("A regime with code " + request.code() + " already exists.");
        }
        Regime regime = Regime.define(cleaned(request), actor, time.now());
        regimes.persist(regime);
        regimes.flush();
        return regime;
    }

    /** Revises a regime; requests already created keep the template they were created with. */
    @Transactional
    public Regime update(UUID id, String ifMatch, RegimeRequest request, String actor) {
        Regime regime = get(id);
        ETags.requireMatch(ifMatch, regime.version);
        check(request);
        regimes.byCode(request.code()).filter(other -> !other.id.equals(id)).ifPresent(other -> {
            throw ProblemException.conflict("A regime with code " + request.code() + " already exists.");
        });
        regime.apply(cleaned(request));
        regime.stamp = regime.stamp.updated(actor, time.now());
        regimes.flush();
        return regime;
    }

    /**
     * The period {@code label} of the regime.
     *
     * @throws ProblemException 422 naming {@code field} when the label does not fit the regime's frequency
     */
    public ReportingPeriod period(Regime regime, String label, String field) {
        try {
            return ReportingPeriod.of(regime.frequency, label, regime.cutoffStartDay, regime.cutoffEndDay);
        } catch (IllegalArgumentException e) {
            throw ProblemException.unprocessable(field, e.getMessage() + " for a " + regime.frequency + " regime");
        }
    }

    /**
     * The agency types the regime's scheduled request of {@code period} asks: its dated target types in force on the last
     * day of the period's cut-off ({@link ReportingPeriod#end()}), or, for a regime without dated target types, its
     * schedule's targetTypes (none without a schedule).
     */
    public List<String> targetTypes(Regime regime, ReportingPeriod period) {
        if (!regime.targetTypeRules.isEmpty()) {
            return regime.targetTypeRules.stream().filter(rule -> rule.appliesOn(period.end())).map(rule -> rule.typeCode).distinct().toList();
        }
        return regime.schedule == null ? List.of() : regime.schedule.targetTypes();
    }

    /** The submission deadline of a period under the regime's deadline rule and the current calendar. */
    public LocalDate dueDate(Regime regime, ReportingPeriod period) {
        return dueDate(regime, period, calendar.current());
    }

    static LocalDate dueDate(Regime regime, ReportingPeriod period, WorkingDays days) {
        if (regime.deadlineKind == DueDateRule.FIXED_DAY) {
            YearMonth month = YearMonth.from(period.end());
            if (regime.deadlineFixedDay <= period.end().getDayOfMonth()) {
                month = month.plusMonths(1);
            }
            return days.onOrNextWorkingDay(month.atDay(regime.deadlineFixedDay));
        }
        return days.plusWorkingDays(period.end(), regime.deadlineWorkingDays);
    }

    private static RegimeRequest cleaned(RegimeRequest r) {
        return new RegimeRequest(r.code(), TextSearch.clean(r.name()), TextSearch.clean(r.legalBasis()), r.frequency(), r.cutoffStartDay(),
                r.cutoffEndDay(), r.deadlineKind(), r.deadlineWorkingDays(), r.deadlineFixedDay(),
                r.indicators().stream().map(i -> new IndicatorDefinition(i.key(), TextSearch.clean(i.label()), i.type(), i.required())).toList(),
                r.recipients().stream().map(TextSearch::clean).toList(), r.active(), r.schedule());
    }

    private static void check(RegimeRequest r) {
        if (r.deadlineKind() == DueDateRule.WORKING_DAYS_AFTER_CUTOFF && r.deadlineWorkingDays() == null) {
            throw ProblemException.unprocessable("deadlineWorkingDays", "is required when deadlineKind is WORKING_DAYS_AFTER_CUTOFF");
        }
        if (r.deadlineKind() == DueDateRule.FIXED_DAY && r.deadlineFixedDay() == null) {
            throw ProblemException.unprocessable("deadlineFixedDay", "is required when deadlineKind is FIXED_DAY");
        }
        if (r.schedule() != null && r.frequency() == Frequency.AD_HOC) {
            throw ProblemException.unprocessable("schedule", "an AD_HOC regime has no periods to request automatically");
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < r.indicators().size(); i++) {
            if (!keys.add(r.indicators().get(i).key())) {
                throw ProblemException.unprocessable("indicators[" + i + "].key", "duplicate key " + r.indicators().get(i).key());
            }
        }
    }
}
