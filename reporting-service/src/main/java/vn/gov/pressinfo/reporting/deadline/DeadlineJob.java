package vn.gov.pressinfo.reporting.deadline;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
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
 * Publishes ReportDueSoon and ReportOverdue (quá hạn) once per assignment, with set-based SQL: each chunk is one
 * {@code UPDATE … RETURNING} that sets the assignment's once-only marker, followed by one bulk outbox insert, in one
 * transaction. The candidates are claimed with {@code FOR UPDATE SKIP LOCKED}, and the marker condition is rechecked
 * on the locked row, so several replicas running the job at once, or a job re-run after a crash or restart, never
 * publish an event twice, and an event exists if and only if its marker committed. Only OPEN assignments are candidates:
 * a WITHDRAWN one (its agency ended by a reorganisation, no successor taking the report) is never due soon nor overdue.
 */
@ApplicationScoped
public class DeadlineJob {

    private static final Logger LOG = Logger.getLogger(DeadlineJob.class);

    private static final String OVERDUE = """
            UPDATE assignment a SET overdue_noticed_at = ?
            FROM report_request r
            WHERE r.id = a.request_id AND a.id IN (
                SELECT id FROM assignment
                WHERE state = 'OPEN' AND overdue_noticed_at IS NULL AND due_date < ?
                LIMIT ? FOR UPDATE SKIP LOCKED)
            RETURNING a.id, a.request_id, a.agency_id, a.agency_name, r.reference, r.subject, a.due_date""";

    private static final String DUE_SOON = """
            UPDATE assignment a SET due_soon_noticed_at = ?
            FROM report_request r
            WHERE r.id = a.request_id AND a.id IN (
                SELECT id FROM assignment
                WHERE state = 'OPEN' AND due_soon_noticed_at IS NULL AND due_date >= ? AND due_date <= ?
                LIMIT ? FOR UPDATE SKIP LOCKED)
            RETURNING a.id, a.request_id, a.agency_id, a.agency_name, r.reference, r.subject, a.due_date""";

    /** What one scan did. */
    public record Result(int overdue, int dueSoon) {
    }

    private record Row(UUID id, UUID requestId, UUID agencyId, String agencyName, String reference, String subject, LocalDate dueDate) {
    }

    private final AgroalDataSource dataSource;
    private final Outbox outbox;
    private final WorkingCalendar calendar;
    private final BusinessTime time;
    private final DeadlineConfig config;
    private final AtomicLong overdueCount = new AtomicLong();

    public DeadlineJob(AgroalDataSource dataSource, Outbox outbox, WorkingCalendar calendar, BusinessTime time, DeadlineConfig config,
            MeterRegistry registry) {
        this.dataSource = dataSource;
        this.outbox = outbox;
        this.calendar = calendar;
        this.time = time;
        this.config = config;
        Gauge.builder("pressinfo.assignments.overdue", overdueCount, AtomicLong::get)
                .description("Assignments past their deadline and not submitted, as of the last deadline scan")
                .register(registry);
    }

    @Scheduled(every = "${pressinfo.reporting.deadlines.check}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "reporting-deadline-scan")
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
        int overdue = drain(OVERDUE, today, null, days);
        LocalDate horizon = days.plusWorkingDays(today, config.dueSoonWorkingDays());
        int dueSoon = drain(DUE_SOON, today, horizon, days);
        overdueCount.set(countOverdue(today));
        return new Result(overdue, dueSoon);
    }

    /** Marks and publishes chunks until none is left, on {@code scan-parallelism} threads (this one and helpers). */
    private int drain(String sql, LocalDate today, LocalDate horizon, WorkingDays days) {
        Callable<Integer> worker = () -> {
            int total = 0;
            for (int n = chunk(sql, today, horizon, days); n > 0; n = chunk(sql, today, horizon, days)) {
                total += n;
            }
            return total;
        };
        int helpers = Math.max(1, config.scanParallelism()) - 1;
        if (helpers == 0) {
            return call(worker);
        }
        ExecutorService pool = Executors.newFixedThreadPool(helpers, r -> new Thread(r, "reporting-deadline-scan-helper"));
        try {
            List<Future<Integer>> others = new ArrayList<>();
            for (int i = 0; i < helpers; i++) {
                others.add(pool.submit(worker));
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
            pool.shutdownNow();
        }
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
    private int chunk(String sql, LocalDate today, LocalDate horizon, WorkingDays days) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = time.now();
            List<Row> rows = new ArrayList<>();
            try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                ps.setTimestamp(i++, Timestamp.from(now));
                ps.setObject(i++, today);
                if (horizon != null) {
                    ps.setObject(i++, horizon);
                }
                ps.setInt(i, config.scanChunkSize());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), rs.getString(4),
                                rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class)));
                    }
                }
            }
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

    private long countOverdue(LocalDate today) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM assignment WHERE state = 'OPEN' AND due_date < ?")) {
            ps.setObject(1, today);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count overdue assignments", e);
        }
    }
}
