package vn.gov.pressinfo.pressresponse.incident;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import vn.gov.pressinfo.pressresponse.deadline.BatchedScan;

/**
 * Looks for incidents past their initial statement deadline every {@code pressinfo.press.incident-check} (1 minute by
 * default; {@code off} disables it; tests call {@link #scan} with a moved clock). Every replica runs it; see
 * {@link IncidentDeadlineService#markPastDeadline} for why each notice goes out exactly once.
 */
@ApplicationScoped
public class IncidentDeadlineJob {

    private static final Logger LOG = Logger.getLogger(IncidentDeadlineJob.class);
    /** Incidents per transaction. */
    static final int BATCH = 200;
    /** Batches per run: a bounded loop; what is left waits for the next run. */
    static final int MAX_BATCHES = 500;

    private final IncidentDeadlineService service;

    public IncidentDeadlineJob(IncidentDeadlineService service) {
        this.service = service;
    }

    @Scheduled(identity = "incident-initial-statements", every = "${pressinfo.press.incident-check:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        scan();
    }

    /** Sends every notice due, batch after batch; called by the schedule (and by tests). */
    public int scan() {
        int total = BatchedScan.run(service::markPastDeadline, BATCH, MAX_BATCHES);
        if (total > 0) {
            LOG.infof("%d incident(s) passed the initial statement deadline without a statement of the lead agency", total);
        }
        return total;
    }
}
