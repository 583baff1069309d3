package vn.gov.pressinfo.pressresponse.inquiry;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import vn.gov.pressinfo.pressresponse.deadline.BatchedScan;

/**
 * Looks for inquiries past a deadline every {@code pressinfo.press.inquiry-check} (1 minute by default; {@code off}
 * disables it; tests call {@link #scan} with a moved clock). Every replica runs it; see
 * {@link InquiryDeadlineService#markPastDeadline} for why each notice goes out exactly once.
 */
@ApplicationScoped
public class InquiryDeadlineJob {

    private static final Logger LOG = Logger.getLogger(InquiryDeadlineJob.class);
    /** Inquiries per transaction, so a backlog after an outage does not make one huge transaction. */
    static final int BATCH = 200;
    /** Batches per run: a bounded loop; what is left waits for the next run. */
    static final int MAX_BATCHES = 500;

    private final InquiryDeadlineService service;

    public InquiryDeadlineJob(InquiryDeadlineService service) {
        this.service = service;
    }

    @Scheduled(identity = "inquiry-deadlines", every = "${pressinfo.press.inquiry-check:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        scan();
    }

    /** Sends every notice due, batch after batch; called by the schedule (and by tests). */
    public int scan() {
        int total = BatchedScan.run(service::markPastDeadline, BATCH, MAX_BATCHES);
        if (total > 0) {
            LOG.infof("%d press inquiry(ies) passed a deadline without an answer", total);
        }
        return total;
    }
}
