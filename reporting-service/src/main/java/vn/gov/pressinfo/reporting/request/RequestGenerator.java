package vn.gov.pressinfo.reporting.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.PersistenceException;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import vn.gov.pressinfo.reporting.regime.Frequency;
import vn.gov.pressinfo.reporting.regime.Regime;
import vn.gov.pressinfo.reporting.regime.RegimeService;
import vn.gov.pressinfo.reporting.regime.ReportingPeriod;
import vn.gov.pressinfo.reporting.regime.RequestSchedule;
import vn.gov.pressinfo.web.BusinessTime;
import vn.gov.pressinfo.web.ProblemException;

/**
 * Issues the report requests of regimes that have a {@link RequestSchedule}: a period's request is issued from
 * {@code leadDays} before its cut-off ends, or later as a catch-up while its deadline has not passed (the service was
 * down that day, or the schedule was added late). Each request is created through {@link ReportRequestService#create}
 * in its own transaction, so it gets its assignments and ReportRequested like a request made by hand. It asks every ACTIVE agency
 * of the types in force on the period's last cut-off day ({@link RegimeService#targetTypes}): the annual request of 2024 asked
 * departments and districts, the one of 2025 departments and communes.
 *
 * <p>Once only, even with several replicas: the unique index on (regime, period) lets one creation commit, and the
 * loser's transaction rolls back whole (no assignment, no event) and is logged as already done.
 */
@ApplicationScoped
public class RequestGenerator {

    static final String ACTOR = "system:request-generator";

    private static final Logger LOG = Logger.getLogger(RequestGenerator.class);

    private final RegimeService regimes;
    private final ReportRequestService requests;
    private final ReportRequestRepository repository;
    private final BusinessTime time;

    public RequestGenerator(RegimeService regimes, ReportRequestService requests, ReportRequestRepository repository, BusinessTime time) {
        this.regimes = regimes;
        this.requests = requests;
        this.repository = repository;
        this.time = time;
    }

    @Scheduled(every = "${pressinfo.reporting.requests.generate}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "reporting-request-generator",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        List<ReportRequest> created = generate();
        if (!created.isEmpty()) {
            LOG.infof("Request generator issued %d report request(s): %s", created.size(),
                    created.stream().map(r -> r.regimeCode + " " + r.periodLabel).toList());
        }
    }

    /** Issues every request that is due today and not issued yet; returns those this call created. */
    @ActivateRequestContext
    public List<ReportRequest> generate() {
        LocalDate today = time.today();
        List<ReportRequest> created = new ArrayList<>();
        for (Regime regime : regimes.list()) {
            if (!regime.active || regime.schedule == null || regime.frequency == Frequency.AD_HOC) {
                continue;
            }
            for (ReportingPeriod period : candidates(regime, today)) {
                if (repository.count("regimeId = ?1 and periodLabel = ?2", regime.id, period.label()) == 0) {
                    issue(regime, period, today).ifPresent(created::add);
                }
            }
        }
        return created;
    }

    /** The previous period while its deadline has not passed, and the current one from its lead day on. */
    private List<ReportingPeriod> candidates(Regime regime, LocalDate today) {
        ReportingPeriod current = period(regime, ReportingPeriod.labelContaining(regime.frequency, today, regime.cutoffStartDay));
        ReportingPeriod previous = period(regime,
                ReportingPeriod.labelContaining(regime.frequency, current.start().minusDays(1), regime.cutoffStartDay));
        List<ReportingPeriod> due = new ArrayList<>(2);
        if (!today.isAfter(regimes.dueDate(regime, previous))) {
            due.add(previous);
        }
        if (!today.isBefore(current.end().minusDays(regime.schedule.effectiveLeadDays()))) {
            due.add(current);
        }
        return due;
    }

    private ReportingPeriod period(Regime regime, String label) {
        return ReportingPeriod.of(regime.frequency, label, regime.cutoffStartDay, regime.cutoffEndDay);
    }

    private Optional<ReportRequest> issue(Regime regime, ReportingPeriod period, LocalDate today) {
        CreateReportRequest command = new CreateReportRequest(regime.code + "/" + period.label(), today,
                regime.name + " - kỳ " + period.label(), regime.code, period.label(), null, null,
                new TargetAgencies(null, regimes.targetTypes(regime, period), null));
        try {
            return Optional.of(requests.create(command, ACTOR));
        } catch (ProblemException e) {
            // 409: another replica issued it first; 422: e.g. no active agency of the target types yet
            LOG.warnf("Request generator did not issue %s %s: %s", regime.code, period.label(), e.getMessage());
        } catch (PersistenceException e) {
            LOG.infof("Request generator: %s %s was issued concurrently by another replica (%s)", regime.code, period.label(),
                    e.getMessage());
        }
        return Optional.empty();
    }
}
