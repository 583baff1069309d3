package vn.gov.pressinfo.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.context.SmallRyeManagedExecutor;
import vn.gov.pressinfo.notification.config.NotificationConfig;

/**
 * Sends due deliveries: claims a batch (see {@link DeliveryClaimQueries}), sends each on its channel, records
 * the outcome. A failed attempt is retried after an exponential backoff with jitter, up to
 * {@code pressinfo.notification.dispatch.max-attempts}; then the delivery is FAILED with the last reason.
 * Runs on a schedule in every replica, and at once when the consumer has enqueued something; the
 * deliveries of one batch are sent {@code parallelism} at a time, on threads of the dispatcher's own (see
 * {@link #dedicated}).
 */
@ApplicationScoped
public class DeliveryDispatcher {

    private static final Logger LOG = Logger.getLogger(DeliveryDispatcher.class);
    /** Batches per run, so one run cannot go on for ever under a steady inflow. */
    private static final int MAX_ROUNDS = 1000;
    /** Longest error text kept for an attempt (and shown as lastError): longer ones are cut. */
    static final int MAX_ERROR_LENGTH = 2000;

    private final DeliveryClaimQueries claims;
    private final Map<Channel, ChannelSender> senders = new EnumMap<>(Channel.class);
    private final DeliveryMetrics metrics;
    private final NotificationConfig.Dispatch config;
    private final Backoff backoff;
    private final Clock clock;
    private final ReentrantLock running = new ReentrantLock();
    private final AtomicBoolean wakeRequested = new AtomicBoolean();
    /** The threads that send ({@code delivery-sender}) and the one that runs woken dispatches ({@code delivery-dispatcher}). */
    private final ExecutorService senderThreads;
    private final ExecutorService wakerThreads;
    /** Sends, {@code parallelism} at a time; the rest of the batch waits (the dispatcher awaits a batch before the next). */
    private final ManagedExecutor pool;
    /** Runs the woken dispatches one after the other; at most one waits, as {@link #wake()} asks again only once it ran. */
    private final ManagedExecutor waker;

    public DeliveryDispatcher(DeliveryClaimQueries claims, Instance<ChannelSender> senders, DeliveryMetrics metrics,
            NotificationConfig config, Clock clock) {
        this.claims = claims;
        senders.forEach(s -> this.senders.put(s.channel(), s));
        this.metrics = metrics;
        this.config = config.dispatch();
        this.backoff = new Backoff(this.config.initialBackoff(), this.config.maxBackoff());
        this.clock = clock;
        int parallelism = Math.max(1, this.config.parallelism());
        this.senderThreads = threads("delivery-sender", parallelism);
        this.pool = dedicated(senderThreads, parallelism, Math.max(1, this.config.batchSize()));
        this.wakerThreads = threads("delivery-dispatcher", 1);
        this.waker = dedicated(wakerThreads, 1, 1);
    }

    @Scheduled(identity = "delivery-dispatcher", every = "${pressinfo.notification.dispatch.every:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        dispatchDue();
    }

    /** Asks for a run soon, without waiting for the schedule (after the consumer enqueued deliveries). */
    public void wake() {
        if (wakeRequested.compareAndSet(false, true)) {
            waker.execute(() -> {
                wakeRequested.set(false);
                try {
                    dispatchDue();
                } catch (RuntimeException e) {
                    LOG.warn("Dispatching after a wake-up failed; the schedule will try again", e);
                }
            });
        }
    }

    /** Sends every due delivery, batch after batch; returns how many attempts were made. */
    public int dispatchDue() {
        if (!running.tryLock()) {
            return 0;
        }
        try {
            int total = 0;
            for (int round = 0; round < MAX_ROUNDS; round++) {
                Instant now = clock.instant();
                List<ClaimedDelivery> batch = claims.claim(config.batchSize(), now, now.plus(config.lease()));
                if (batch.isEmpty()) {
                    break;
                }
                Map<String, StoredEvent> events = claims.events(batch.stream().map(ClaimedDelivery::eventId).distinct().toList());
                List<Future<?>> inFlight = new ArrayList<>(batch.size());
                for (ClaimedDelivery d : batch) {
                    inFlight.add(pool.submit(() -> attempt(d, events.get(d.eventId()))));
                }
                for (Future<?> f : inFlight) {
                    await(f);
                }
                total += batch.size();
                if (batch.size() < config.batchSize()) {
                    break;
                }
            }
            return total;
        } finally {
            running.unlock();
        }
    }

    private void attempt(ClaimedDelivery d, StoredEvent event) {
        Instant started = clock.instant();
        DeliveryStatus outcome;
        String error = null;
        Instant next = null;
        try {
            ChannelSender sender = senders.get(d.channel());
            if (sender == null || event == null) {
                throw DeliveryFailure.permanent(sender == null ? "no sender for channel " + d.channel() : "event " + d.eventId() + " is missing");
            }
            sender.send(d, event);
            outcome = DeliveryStatus.SENT;
        } catch (DeliveryFailure e) {
            error = e.getMessage();
            if (e.permanent() || d.attempt() >= config.maxAttempts()) {
                outcome = DeliveryStatus.FAILED;
                if (!e.permanent()) {
                    error = "gave up after " + d.attempt() + " attempts: " + error;
                }
            } else {
                outcome = DeliveryStatus.RETRYING;
                next = clock.instant().plus(backoff.delay(d.attempt()));
            }
        } catch (RuntimeException e) {
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
            outcome = d.attempt() >= config.maxAttempts() ? DeliveryStatus.FAILED : DeliveryStatus.RETRYING;
            next = outcome == DeliveryStatus.RETRYING ? clock.instant().plus(backoff.delay(d.attempt())) : null;
            LOG.warnf(e, "Delivery %s failed unexpectedly", d.id());
        }
        Instant finished = clock.instant();
        if (!claims.record(d, outcome, error == null ? null : truncate(error), started, finished, next)) {
            LOG.warnf("Delivery %s: claim lost before attempt %d was recorded", d.id(), d.attempt());
        }
        metrics.count(d.channel(), outcome);
        if (outcome != DeliveryStatus.SENT) {
            LOG.infof("Delivery %s (%s to %s) attempt %d: %s — %s", d.id(), d.channel(), d.recipient(), d.attempt(), outcome, error);
        }
    }

    private static void await(Future<?> f) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending", e);
        } catch (ExecutionException e) {
            LOG.warn("A delivery attempt failed unexpectedly; its lease will expire and it will be tried again", e.getCause());
        }
    }

    private static String truncate(String s) {
        return s.length() > MAX_ERROR_LENGTH ? s.substring(0, MAX_ERROR_LENGTH) : s;
    }

    /**
     * A managed executor on the dispatcher's own {@code threads}: at most {@code maxAsync} tasks run at a time, at most
     * {@code maxQueued} wait, any further one is rejected ({@code RejectedExecutionException}, as after shutdown). It passes
     * on no context (CDI request, transaction) of the submitting thread: a send or a woken dispatch outlives its caller.
     * <p>
     * Not {@code ManagedExecutor.builder()}: Quarkus makes its worker pool the default executor, so that builder only gives
     * a bounded view of the shared pool (tried in 497a6c6 and reverted: blocking SMTP and webhook calls, up to their
     * timeouts each, then competed with the rest of the application). SmallRye's builder, behind the MicroProfile one,
     * takes an executor of our own. Its own pools ({@code withNewExecutorService()}) cannot name their threads, which is
     * why the threads come from {@link #threads}.
     */
    private static ManagedExecutor dedicated(ExecutorService threads, int maxAsync, int maxQueued) {
        return SmallRyeManagedExecutor.builder().withExecutorService(threads).maxAsync(maxAsync).maxQueued(maxQueued)
                .propagated(ThreadContext.NONE).cleared(ThreadContext.ALL_REMAINING).build();
    }

    /**
     * {@code count} daemon threads named {@code name}, so that a thread dump or a log line shows a blocked send. The
     * unbounded queue only takes what the managed executor in front has let through (at most {@code count} at a time).
     */
    private static ExecutorService threads(String name, int count) {
        return new ThreadPoolExecutor(count, count, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Stops the woken dispatches and the sends under way (interrupted); queued ones are dropped, their leases expire. */
    @PreDestroy
    void stop() {
        waker.shutdownNow();
        pool.shutdownNow();
        wakerThreads.shutdownNow();
        senderThreads.shutdownNow();
    }
}
