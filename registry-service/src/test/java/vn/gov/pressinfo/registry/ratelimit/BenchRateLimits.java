package vn.gov.pressinfo.registry.ratelimit;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * For {@link RateLimitOverheadBenchmark}: limits on or off ({@code -Dbench.rate-limit.enabled}), with a
 * capacity no benchmark exhausts, and the local sync of the defaults unless
 * {@code -Dbench.rate-limit.sync-tokens} says otherwise.
 */
public class BenchRateLimits implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "pressinfo.rate-limit.enabled", System.getProperty("bench.rate-limit.enabled", "true"),
                "pressinfo.rate-limit.user.capacity", "100000000",
                "pressinfo.rate-limit.user.refill-tokens", "100000000",
                "pressinfo.rate-limit.sync.max-unsynced-tokens", System.getProperty("bench.rate-limit.sync-tokens", "10"),
                "quarkus.log.category.\"org.hibernate\".level", "WARN");
    }
}
