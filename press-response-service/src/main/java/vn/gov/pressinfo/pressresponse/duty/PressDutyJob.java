package vn.gov.pressinfo.pressresponse.duty;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Checks the periodic duties every {@code pressinfo.press.duty-check} (1 hour by default; {@code off} disables it; tests
 * call {@link #check} with a moved clock). Every replica runs it; see {@link PressDutyService#check} for why each
 * notice goes out exactly once.
 */
@ApplicationScoped
public class PressDutyJob {

    private static final Logger LOG = Logger.getLogger(PressDutyJob.class);

    private final PressDutyService service;

    public PressDutyJob(PressDutyService service) {
        this.service = service;
    }

    @Scheduled(identity = "press-duties", every = "${pressinfo.press.duty-check:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        check();
    }

    /** Checks every duty, one transaction each; called by the schedule (and by tests). */
    public int check() {
        int total = 0;
        for (UUID id : service.dutyIds()) {
            total += service.check(id);
        }
        if (total > 0) {
            LOG.infof("%d periodic press duty(ies) missed in their last closed period", total);
        }
        return total;
    }
}
