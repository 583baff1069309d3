package vn.gov.pressinfo.registry.ratelimit;

import java.time.Duration;

import vn.gov.pressinfo.web.ratelimit.RateLimitConfig;

/**
 * One capacity for every class of caller, in PostgreSQL, at a configuration version; exact (no local sync) unless
 * {@code unsyncedTokens} says how many a replica may take ahead (its lease) and consume locally.
 */
record LimiterSettings(long capacity, long configVersion, long unsyncedTokens) implements RateLimitConfig {

    LimiterSettings(long capacity, long configVersion) {
        this(capacity, configVersion, 0);
    }

    @Override
    public boolean enabled() {
        return true;
    }

    @Override
    public Backend backend() {
        return Backend.POSTGRESQL;
    }

    @Override
    public String pathPrefix() {
        return "/api/";
    }

    @Override
    public Limit anonymous() {
        return limit();
    }

    @Override
    public Limit user() {
        return limit();
    }

    @Override
    public Limit system() {
        return limit();
    }

    @Override
    public int forwardedForHops() {
        return 0;
    }

    @Override
    public Sync sync() {
        return sync(unsyncedTokens, Duration.ofMillis(500));
    }

    /** Bucket4j's local sync after {@code tokens} tokens or {@code time}, whichever comes first. */
    static Sync sync(long tokens, Duration time) {
        return new Sync() {
            @Override
            public long maxUnsyncedTokens() {
                return tokens;
            }

            @Override
            public Duration maxUnsyncedTime() {
                return time;
            }
        };
    }

    @Override
    public long cacheSize() {
        return 100;
    }

    @Override
    public Duration cleanupInterval() {
        return Duration.ofHours(1);
    }

    private Limit limit() {
        return new Limit() {
            @Override
            public long capacity() {
                return capacity;
            }

            @Override
            public long refillTokens() {
                return capacity;
            }

            @Override
            public Duration refillPeriod() {
                return Duration.ofHours(1);
            }
        };
    }
}
