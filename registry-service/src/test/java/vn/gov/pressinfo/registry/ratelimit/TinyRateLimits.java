package vn.gov.pressinfo.registry.ratelimit;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Rate limits on, with buckets small enough to empty in a test and refills too slow to matter while
 * it runs; every request goes to PostgreSQL (no local batching), so counts are exact; one trusted
 * proxy in front (X-Forwarded-For's last address is the client).
 */
public class TinyRateLimits implements QuarkusTestProfile {

    static final int PUBLIC = 3;
    static final int USER = 4;
    static final int SYSTEM = 6;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                Map.entry("pressinfo.rate-limit.enabled", "true"),
                Map.entry("pressinfo.rate-limit.public.capacity", Integer.toString(PUBLIC)),
                Map.entry("pressinfo.rate-limit.public.refill-tokens", Integer.toString(PUBLIC)),
                Map.entry("pressinfo.rate-limit.public.refill-period", "PT1H"),
                Map.entry("pressinfo.rate-limit.user.capacity", Integer.toString(USER)),
                Map.entry("pressinfo.rate-limit.user.refill-tokens", Integer.toString(USER)),
                Map.entry("pressinfo.rate-limit.user.refill-period", "PT1H"),
                Map.entry("pressinfo.rate-limit.system.capacity", Integer.toString(SYSTEM)),
                Map.entry("pressinfo.rate-limit.system.refill-tokens", Integer.toString(SYSTEM)),
                Map.entry("pressinfo.rate-limit.system.refill-period", "PT1H"),
                Map.entry("pressinfo.rate-limit.sync.max-unsynced-tokens", "0"),
                Map.entry("pressinfo.rate-limit.forwarded-for-hops", "1"));
    }
}
