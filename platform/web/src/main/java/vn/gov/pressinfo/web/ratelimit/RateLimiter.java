package vn.gov.pressinfo.web.ratelimit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ExpiredEntriesCleaner;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.proxy.RemoteBucketBuilder;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;

/**
 * The token buckets behind {@link RateLimitFilter}, on Bucket4j. With the {@code postgresql} backend
 * a bucket is a row of {@code rate_limit_bucket} (migration V0_8), so a limit holds across replicas;
 * each replica keeps the bucket proxies it used recently in memory, and with
 * {@code pressinfo.rate-limit.sync.max-unsynced-tokens} &gt; 0 those proxies consume locally and write
 * to PostgreSQL only now and then. {@link #consume} blocks (JDBC): call it on a worker thread.
 *
 * <p>So that most requests need no worker thread at all, {@link #consume} takes up to
 * {@code max-unsynced-tokens} tokens more than it needs when the bucket has them, and keeps them as the
 * caller's <em>lease</em>; {@link #consumeLeased} hands them out without blocking, on the event loop.
 * Leased tokens are taken from the shared bucket in advance, so a lease never lets a caller exceed its
 * limit; a caller that stops calling leaves at most that many tokens unused until its bucket refills.
 */
@ApplicationScoped
public class RateLimiter {

    private static final Logger LOG = Logger.getLogger(RateLimiter.class);
    private static final String TABLE = "rate_limit_bucket";
    private static final int MAX_KEY_LENGTH = 200;
    private static final int CLEANUP_BATCH = 1000;
    /** Batches per cleaning round: a bounded loop; what is left waits for the next round. */
    private static final int CLEANUP_MAX_BATCHES = 100;

    /** One limit as callers see it: the capacity and the outcome of one request. */
    public record Decision(long limit, boolean allowed, long remaining, long secondsToReset, long secondsToRetry) {
    }

    private final RateLimitConfig config;
    private final Map<CallerClass, BucketConfiguration> configurations = new EnumMap<>(CallerClass.class);
    private final Cache<String, Bucket> buckets;
    private final Cache<String, Lease> leases;
    private final long leaseSize;
    private final ProxyManager<String> proxyManager;
    private final ScheduledExecutorService cleaner;

    @Inject
    public RateLimiter(RateLimitConfig config, Instance<DataSource> dataSource) {
        this(config, dataSource::get);
    }

    /** For benchmarks and tests that compare settings side by side; the application uses the bean. */
    public RateLimiter(RateLimitConfig config, Supplier<DataSource> dataSource) {
        this.config = config;
        configurations.put(CallerClass.PUBLIC, configuration(config.anonymous()));
        configurations.put(CallerClass.USER, configuration(config.user()));
        configurations.put(CallerClass.SYSTEM, configuration(config.system()));
        Duration longestRefill = configurations.values().stream()
                .map(c -> Duration.ofNanos(c.getBandwidths()[0].getRefillPeriodNanos() * Math.max(1,
                        c.getBandwidths()[0].getCapacity() / Math.max(1, c.getBandwidths()[0].getRefillTokens()))))
                .max(Duration::compareTo).orElse(Duration.ofMinutes(1));
        // A bucket left out of memory for longer than it takes to refill loses nothing when it is rebuilt.
        this.buckets = Caffeine.newBuilder().maximumSize(config.cacheSize())
                .expireAfterAccess(longestRefill.plusSeconds(1)).build();
        this.leases = Caffeine.newBuilder().maximumSize(config.cacheSize()).expireAfterAccess(longestRefill.plusSeconds(1)).build();
        if (config.enabled() && config.backend() == RateLimitConfig.Backend.POSTGRESQL) {
            this.proxyManager = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource.get())
                    .primaryKeyMapper(PrimaryKeyMapper.STRING)
                    .table(TABLE).idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                    .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
                    .build();
            this.cleaner = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "rate-limit-cleaner");
                thread.setDaemon(true);
                return thread;
            });
            long every = config.cleanupInterval().toMillis();
            cleaner.scheduleWithFixedDelay(this::removeExpired, every, every, TimeUnit.MILLISECONDS);
        } else {
            this.proxyManager = null;
            this.cleaner = null;
        }
        // Local buckets never block, so they need no lease; exact limits (no unsynced tokens) allow none.
        this.leaseSize = proxyManager == null ? 0 : Math.max(0, config.sync().maxUnsyncedTokens());
    }

    /**
     * A lease is {@code max-unsynced-tokens}, or a thousandth of the caller's limit when that is more: a caller allowed
     * millions of requests (the local profile, a system client with a raised limit) then meets PostgreSQL once every
     * thousand or so requests instead of every eleventh, while every limit of the default profile (120 to 3,000 a
     * minute) keeps a lease of {@code max-unsynced-tokens}. Leased tokens are taken from the shared bucket in advance,
     * so a larger lease never lets a caller past its limit; at most a thousandth of it waits unused on a replica.
     */
    static final long LEASE_SHARE_OF_LIMIT = 1000;

    /** Takes one token from the bucket of {@code caller} in {@code callerClass}. Blocking. */
    public Decision consume(CallerClass callerClass, String caller) {
        String key = key(callerClass, caller);
        BucketConfiguration configuration = configurations.get(callerClass);
        long limit = configuration.getBandwidths()[0].getCapacity();
        Lease lease = leaseSize == 0 ? null : leases.get(key, k -> new Lease());
        Decision leased = lease == null ? null : lease.take(limit);
        if (leased != null) {
            return leased;
        }
        Bucket bucket = buckets.get(key, k -> newBucket(k, configuration));
        long extra = lease == null ? 0 : Math.min(Math.max(leaseSize, limit / LEASE_SHARE_OF_LIMIT), limit / 2);
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1 + extra);
        if (!probe.isConsumed() && extra > 0) {
            extra = 0;
            probe = bucket.tryConsumeAndReturnRemaining(1);
        }
        long reset = seconds(probe.getNanosToWaitForReset());
        if (extra > 0) {
            lease.give(extra, probe.getRemainingTokens(), reset);
        }
        return new Decision(limit, probe.isConsumed(), probe.getRemainingTokens() + extra, reset,
                probe.isConsumed() ? 0 : Math.max(1, seconds(probe.getNanosToWaitForRefill())));
    }

    /**
     * Takes one token of the caller's lease, without blocking; {@code null} when the lease is empty (then call
     * {@link #consume} on a worker thread).
     */
    public Decision consumeLeased(CallerClass callerClass, String caller) {
        if (leaseSize == 0) {
            return proxyManager == null ? consume(callerClass, caller) : null;
        }
        Lease lease = leases.getIfPresent(key(callerClass, caller));
        return lease == null ? null : lease.take(configurations.get(callerClass).getBandwidths()[0].getCapacity());
    }

    /**
     * Tokens taken from the bucket ahead of need, and the bucket as it was then: what is left for the caller is what
     * the bucket had plus what the lease still holds.
     */
    private static final class Lease {
        private long tokens;
        private long bucketRemaining;
        private long secondsToReset;

        synchronized Decision take(long limit) {
            if (tokens == 0) {
                return null;
            }
            tokens--;
            return new Decision(limit, true, bucketRemaining + tokens, secondsToReset, 0);
        }

        synchronized void give(long extra, long remaining, long reset) {
            tokens += extra;
            bucketRemaining = remaining;
            secondsToReset = reset;
        }
    }

    private Bucket newBucket(String key, BucketConfiguration configuration) {
        if (proxyManager == null) {
            return Bucket.builder().addLimit(configuration.getBandwidths()[0]).build();
        }
        // A stored bucket keeps the configuration it was created with unless told that a newer one exists.
        RemoteBucketBuilder<String> builder = proxyManager.builder()
                .withImplicitConfigurationReplacement(config.configVersion(), TokensInheritanceStrategy.ADDITIVE);
        if (config.sync().maxUnsyncedTokens() > 0) {
            builder = builder.withOptimization(Optimizations.delaying(
                    new DelayParameters(config.sync().maxUnsyncedTokens(), config.sync().maxUnsyncedTime())));
        }
        return builder.build(key, () -> configuration);
    }

    private void removeExpired() {
        try {
            for (int batch = 0; batch < CLEANUP_MAX_BATCHES; batch++) {
                if (((ExpiredEntriesCleaner) proxyManager).removeExpired(CLEANUP_BATCH) < CLEANUP_BATCH) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            LOG.warnf("Rate-limit buckets not cleaned up: %s", e.getMessage());
        }
    }

    @PreDestroy
    public void stop() {
        if (cleaner != null) {
            cleaner.shutdownNow();
        }
    }

    private static BucketConfiguration configuration(RateLimitConfig.Limit limit) {
        return BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(limit.capacity()).refillGreedy(limit.refillTokens(), limit.refillPeriod()).build())
                .build();
    }

    /** {@code class:caller}; a long caller (a subject can be anything) by its SHA-256, to keep rows small. */
    static String key(CallerClass callerClass, String caller) {
        String key = callerClass.name().toLowerCase() + ":" + caller;
        if (key.length() <= MAX_KEY_LENGTH) {
            return key;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(caller.getBytes(StandardCharsets.UTF_8));
            return callerClass.name().toLowerCase() + ":sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long seconds(long nanos) {
        return nanos <= 0 ? 0 : (nanos + 999_999_999L) / 1_000_000_000L;
    }
}
