package vn.gov.pressinfo.pressresponse.correction;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Finds cases whose correction deadline has passed, every {@code pressinfo.press.overdue-check} (1 minute by default;
 * {@code off} disables it). Every replica runs it; see {@link CorrectionService#markOverdue} for why each case is
 * notified exactly once.
 */
@ApplicationScoped
public class CorrectionOverdueJob {

    private static final Logger LOG = Logger.getLogger(CorrectionOverdueJob.class);
    /** Cases per transaction, so a backlog after an outage does not make one huge transaction. */
    static final int BATCH = 200;

    private final CorrectionService service;

    public CorrectionOverdueJob(CorrectionService service) {
        this.service = service;
    }

    @Scheduled(identity = "correction-overdue", every = "${pressinfo.press.overdue-check:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        markOverdue();
    }

    /** Marks every overdue case, batch after batch; called by the schedule (and by tests). */
    public int markOverdue() {
        int total = 0;
        int marked;
        do {
            marked = service.markOverdue(BATCH);
            total += marked;
        } while (marked == BATCH);
        if (total > 0) {
            LOG.infof("%d case(s) passed their correction deadline without a correction", total);
        }
        return total;
    }
}
