package vn.gov.pressinfo.web.ratelimit;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/**
 * {@code pressinfo.rate-limit.*}: how fast callers may call the API. Three classes of caller, each
 * with its own token bucket: {@code public} (no valid token; one bucket per client address),
 * {@code user} (a valid token; one bucket per token subject) and {@code system} (a token with the
 * {@code system} role; one bucket per subject). Defaults in platform-web's microprofile-config.properties.
 */
@ConfigMapping(prefix = "pressinfo.rate-limit")
public interface RateLimitConfig {

    /** Off: no limit and no RateLimit-* headers. */
    @WithDefault("true")
    boolean enabled();

    /** Where buckets live: {@code postgresql} (shared by every replica) or {@code memory} (per replica). */
    @WithDefault("postgresql")
    Backend backend();

    /** Requests whose path starts with this are limited; {@code /q/**} (health, metrics, OpenAPI) never is. */
    @WithDefault("/api/")
    String pathPrefix();

    /** Callers without a valid token, per client address. */
    @WithName("public")
    Limit anonymous();

    /** Callers with a valid token, per token subject. */
    Limit user();

    /** Callers with the {@code system} role, per token subject. */
    Limit system();

    /**
     * Raise when a limit changes. A bucket keeps the limits it was created with; one stored under a lower
     * version takes the new limits at its next request (a raised capacity adds the difference to what the
     * caller has left, a lowered one caps it).
     */
    @WithDefault("1")
    long configVersion();

    /**
     * How many trusted proxies (gateway, load balancer) append to {@code X-Forwarded-For} in front of
     * the service. 0: the header is ignored and the peer address is the client. N: the client is the
     * N-th address from the right of the header (what the nearest trusted proxy saw), so a client
     * cannot choose its own address by sending the header.
     */
    @WithDefault("0")
    int forwardedForHops();

    /** The local copy that spares a PostgreSQL round trip on most requests. */
    Sync sync();

    /** How many buckets each replica keeps in memory. */
    @WithDefault("100000")
    long cacheSize();

    /** How often rows of buckets that have refilled completely are deleted (postgresql backend). */
    @WithDefault("PT5M")
    Duration cleanupInterval();

    enum Backend {
        POSTGRESQL, MEMORY
    }

    /** A token bucket: {@code capacity} requests at most in a burst, {@code refill-tokens} back per {@code refill-period}. */
    interface Limit {
        long capacity();

        long refillTokens();

        Duration refillPeriod();
    }

    /**
     * Bucket4j's delaying optimisation: a replica consumes from its local copy of a bucket and writes
     * to PostgreSQL once {@code max-unsynced-tokens} were taken or {@code max-unsynced-time} passed.
     * Across R replicas a caller may exceed its limit by up to R × max-unsynced-tokens per period.
     * 0 tokens: every request goes to PostgreSQL (exact limits).
     */
    interface Sync {
        @WithDefault("0")
        long maxUnsyncedTokens();

        @WithDefault("PT0.5S")
        Duration maxUnsyncedTime();
    }
}
