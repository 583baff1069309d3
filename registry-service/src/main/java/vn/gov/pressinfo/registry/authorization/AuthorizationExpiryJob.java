package vn.gov.pressinfo.registry.authorization;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Expires authorizations whose end date has passed, every {@code pressinfo.registry.expiry-check}
 * (1 minute by default; {@code off} disables it). Every replica runs it; row locks with SKIP LOCKED
 * make each authorization expire, and its event go out, exactly once.
 */
@ApplicationScoped
public class AuthorizationExpiryJob {

    private static final Logger LOG = Logger.getLogger(AuthorizationExpiryJob.class);
    /** Rows per transaction, so a large backlog (after an outage) does not make one huge transaction. */
    static final int BATCH = 200;

    private final AuthorizationService service;

    public AuthorizationExpiryJob(AuthorizationService service) {
        this.service = service;
    }

    @Scheduled(identity = "authorization-expiry", every = "${pressinfo.registry.expiry-check:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        expireDue();
    }

    /** Expires every authorization that is due, batch after batch; called by the schedule (and by tests). */
    public int expireDue() {
        int total = 0;
        int expired;
        do {
            expired = service.expireDue(BATCH);
            total += expired;
        } while (expired == BATCH);
        if (total > 0) {
            LOG.infof("Expired %d authorization(s) whose end date has passed", total);
        }
        return total;
    }
}
