package vn.gov.pressinfo.reporting.duenotice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import vn.gov.pressinfo.events.Events;
import vn.gov.pressinfo.events.reporting.ReportDueSoon;
import vn.gov.pressinfo.events.reporting.ReportOverdue;
import vn.gov.pressinfo.outbox.Outbox;
import vn.gov.pressinfo.reporting.calendar.WorkingCalendar;
import vn.gov.pressinfo.web.BusinessTime;
import vn.gov.pressinfo.web.WorkingDays;

/**
 * The due notices: publishes ReportDueSoon (sắp đến hạn) and ReportOverdue (quá hạn) once per assignment, for
 * notification-service to turn into reminders. Set-based SQL: each chunk is one
 * {@code UPDATE … RETURNING} that sets the assignment's once-only marker, followed by one bulk outbox insert, in one
 * transaction. The candidates are claimed with {@code FOR UPDATE SKIP LOCKED}, and the marker condition is rechecked
 * on the locked row, so several replicas running the job at once, or a job re-run after a crash or restart, never
 * publish an event twice, and an event exists if and only if its marker committed. Only OPEN assignments are candidates:
 * a WITHDRAWN one (its agency ended by a reorganisation, no successor taking the report) is never due soon nor overdue.
 */
@ApplicationScoped
public class DueNoticeJob {

    private static final Logger LOG = Logger.getLogger(DueNoticeJob.class);

    /** What one scan did. */
    public record Result(int overdue, int dueSoon) {
    }

    private final DueNoticeQueries queries;
    private final Outbox outbox;
    private final WorkingCalendar calendar;
    private final BusinessTime time;
    private final DueNoticeConfig config;
    private final AtomicLong overdueCount = new AtomicLong();
    /** The helpers of a scan, on Quarkus' worker pool, with no context of the scanning thread (each chunk is its own transaction). */
    private final ManagedExecutor scanHelpers;

    public DueNoticeJob(DueNoticeQueries queries, Outbox outbox, WorkingCalendar calendar, BusinessTime time, DueNoticeConfig config,
            MeterRegistry registry) {
        this.queries = queries;
        this.outbox = outbox;
        this.calendar = calendar;
        this.time = time;
        this.config = config;
        this.scanHelpers = ManagedExecutor.builder().propagated(ThreadContext.NONE).cleared(ThreadContext.ALL_REMAINING).build();
        Gauge.builder("pressinfo.assignments.overdue", overdueCount, AtomicLong::get)
                .description("Assignments past their deadline and not submitted, as of the last deadline scan")
                .register(registry);
    }

    @Scheduled(every = "${pressinfo.reporting.deadlines.check}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "reporting-deadline-scan",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        Result result = scan();
        if (result.overdue() > 0 || result.dueSoon() > 0) {
            LOG.infof("Deadline scan: %d overdue, %d due soon", result.overdue(), result.dueSoon());
        }
    }

    /** One scan: every newly overdue assignment, then every newly due-soon one, in chunks. Safe to run anywhere, any time. */
    public Result scan() {
        LocalDate today = time.today();
        WorkingDays days = calendar.current();
        int overdue = drain(today, null, days);
        LocalDate horizon = days.plusWorkingDays(today, config.dueSoonWorkingDays());
        int dueSoon = drain(today, horizon, days);
        overdueCount.set(queries.countOverdue(today));
        return new Result(overdue, dueSoon);
    }

    /** Marks and publishes chunks until none is left, on {@code scan-parallelism} threads (this one and helpers). */
    private int drain(LocalDate today, LocalDate horizon, WorkingDays days) {
        Callable<Integer> worker = () -> {
            int total = 0;
            for (int n = chunk(today, horizon, days); n > 0; n = chunk(today, horizon, days)) {
                total += n;
            }
            return total;
        };
        int helpers = Math.max(1, config.scanParallelism()) - 1;
        if (helpers == 0) {
            return call(worker);
        }
        List<Future<Integer>> others = new ArrayList<>();
        try {
            for (int i = 0; i < helpers; i++) {
                others.add(scanHelpers.submit(worker));
            }
            int total = call(worker);
            for (Future<Integer> other : others) {
                total += other.get();
            }
            return total;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException("Deadline scan failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Deadline scan interrupted", e);
        } finally {
            others.forEach(other -> other.cancel(true));
        }
    }

    /** Shuts down the view only; the worker pool is Quarkus'. */
    @PreDestroy
    void stop() {
        scanHelpers.shutdownNow();
    }

    private static int call(Callable<Integer> worker) {
        try {
            return worker.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Deadline scan failed", e);
        }
    }

    /** Marks one chunk and publishes its events in one transaction; returns how many. */
    private int chunk(LocalDate today, LocalDate horizon, WorkingDays days) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = time.now();
            // Without a horizon this is the overdue scan; with one, the due-soon scan up to it.
            List<DueNoticeQueries.MarkedAssignment> rows = horizon == null ? queries.markOverdue(now, today, config.scanChunkSize())
                    : queries.markDueSoon(now, today, horizon, config.scanChunkSize());
            if (rows.isEmpty()) {
                return 0;
            }
            if (horizon == null) {
                outbox.publishAll(Events.REPORT_OVERDUE, rows.stream().map(r -> new ReportOverdue(r.id(), r.requestId(), r.agencyId(),
                        r.agencyName(), r.reference(), r.subject(), r.dueDate(), now)).toList(), now);
            } else {
                outbox.publishAll(Events.REPORT_DUE_SOON, rows.stream().map(r -> new ReportDueSoon(r.id(), r.requestId(), r.agencyId(),
                        r.agencyName(), r.reference(), r.subject(), r.dueDate(), days.workingDaysBetween(today, r.dueDate()), now)).toList(), now);
            }
            return rows.size();
        });
    }
}
