package vn.gov.pressinfo.security.tokens;

import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

/**
 * The bearer tokens this replica has verified, each until its {@code exp} and at most
 * {@link TokenCacheConfig#maxAge()}, keyed by the exact token text (docs/adr/0011-verified-token-cache.md).
 * Published as the Micrometer cache {@value #CACHE_NAME}.
 */
@Singleton
public class VerifiedTokens {

    static final String CACHE_NAME = "verified-tokens";

    private final Cache<String, JsonWebToken> cache;

    VerifiedTokens(TokenCacheConfig config, MeterRegistry registry) {
        if (config.maxSize() <= 0) {
            cache = null;
            return;
        }
        Duration maxAge = config.maxAge();
        cache = Caffeine.newBuilder()
                .maximumSize(config.maxSize())
                .expireAfter(Expiry.<String, JsonWebToken>creating((token, jwt) -> timeToLive(jwt, maxAge)))
                .recordStats()
                .build();
        CaffeineCacheMetrics.monitor(registry, cache, CACHE_NAME);
    }

    /** The verified token with this exact text, while it is valid; null when unknown, expired or the cache is off. */
    public JsonWebToken get(String token) {
        return cache == null ? null : cache.getIfPresent(token);
    }

    /** Remembers a token that passed verification (a token without {@code exp}, or already expired, is not kept). */
    public void remember(String token, JsonWebToken verified) {
        if (cache != null && verified.getExpirationTime() > Instant.now().getEpochSecond()) {
            cache.put(token, verified);
        }
    }

    private static Duration timeToLive(JsonWebToken jwt, Duration maxAge) {
        long exp = jwt.getExpirationTime();
        if (exp <= 0) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(Instant.now(), Instant.ofEpochSecond(exp));
        if (left.isNegative()) {
            return Duration.ZERO;
        }
        return left.compareTo(maxAge) < 0 ? left : maxAge;
    }
}
