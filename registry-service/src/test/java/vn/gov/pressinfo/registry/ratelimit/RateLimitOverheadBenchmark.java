package vn.gov.pressinfo.registry.ratelimit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import vn.gov.pressinfo.testing.DevTokens;
import vn.gov.pressinfo.web.ratelimit.CallerClass;
import vn.gov.pressinfo.web.ratelimit.RateLimitConfig;
import vn.gov.pressinfo.web.ratelimit.RateLimiter;

/**
 * What the rate limits cost: a by-id GET under wrk (if installed) with limits on or off, and the
 * limiter alone per backend. A benchmark, not a check: surefire runs it only when named, as
 * {@code bench/rate-limit/run} does (with {@code -Dbench.rate-limit=true}, once with the limits on and once off); it prints
 * its figures.
 */
@QuarkusTest
@TestProfile(BenchRateLimits.class)
@EnabledIfSystemProperty(named = "bench.rate-limit", matches = "true")
class RateLimitOverheadBenchmark {

    @Inject
    RateLimitConfig config;

    @Inject
    DataSource dataSource;

    @Test
    void byIdGetUnderLoad() throws IOException, InterruptedException {
        String admin = DevTokens.token("bench-admin-" + UUID.randomUUID(), List.of("press-admin"), null, Duration.ofHours(1));
        String id = given().auth().oauth2(admin).contentType("application/json")
                .body(Map.of("code", "B-" + UUID.randomUUID().toString().substring(0, 8), "name", "Sở Đo Lường", "type", "DEPARTMENT"))
                .post("/api/v1/agencies").then().statusCode(201).extract().path("id");
        String url = RestAssured.baseURI + ":" + RestAssured.port + "/api/v1/agencies/" + id;
        for (int i = 0; i < 500; i++) {
            given().auth().oauth2(admin).get(url).then().statusCode(200);
        }
        Optional<String> wrk = List.of("/usr/bin/wrk", "/usr/local/bin/wrk").stream().filter(p -> new java.io.File(p).canExecute()).findFirst();
        if (wrk.isEmpty()) {
            long start = System.nanoTime();
            int n = 3000;
            for (int i = 0; i < n; i++) {
                given().auth().oauth2(admin).get(url).then().statusCode(200);
            }
            System.out.printf("BENCH rate-limit enabled=%s sync=%d: sequential GET by id %.3f ms/request%n", config.enabled(),
                    config.sync().maxUnsyncedTokens(), (System.nanoTime() - start) / 1e6 / n);
            return;
        }
        for (int connections : new int[] {1, 8}) {
            Process process = new ProcessBuilder(wrk.get(), "-t1", "-c" + connections, "-d10s", "--latency",
                    "-H", "Authorization: Bearer " + admin, url).redirectErrorStream(true).start();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            System.out.printf("BENCH rate-limit enabled=%s sync=%d connections=%d%n%s%n", config.enabled(),
                    config.sync().maxUnsyncedTokens(), connections, out);
        }
    }

    @Test
    void theLimiterAlone() {
        for (long sync : new long[] {0, 10}) {
            measure(RateLimitConfig.Backend.POSTGRESQL, sync);
        }
        measure(RateLimitConfig.Backend.MEMORY, 0);
    }

    private void measure(RateLimitConfig.Backend backend, long syncTokens) {
        RateLimiter limiter = new RateLimiter(new Settings(config, backend, syncTokens), () -> dataSource);
        try {
            String caller = "bench-" + UUID.randomUUID();
            for (int i = 0; i < 500; i++) {
                limiter.consume(CallerClass.USER, caller);
            }
            int n = 5000;
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                assertThat(limiter.consume(CallerClass.USER, caller).allowed()).isTrue();
            }
            System.out.printf("BENCH limiter backend=%s sync=%d: %.1f µs per request%n", backend, syncTokens,
                    (System.nanoTime() - start) / 1e3 / n);
        } finally {
            limiter.stop();
        }
    }

    /** The application's settings with another backend and sync. */
    private record Settings(RateLimitConfig base, Backend backend, long syncTokens) implements RateLimitConfig {
        @Override
        public boolean enabled() {
            return true;
        }

        @Override
        public String pathPrefix() {
            return base.pathPrefix();
        }

        @Override
        public Limit anonymous() {
            return base.anonymous();
        }

        @Override
        public Limit user() {
            return base.user();
        }

        @Override
        public Limit system() {
            return base.system();
        }

        @Override
        public long configVersion() {
            return base.configVersion();
        }

        @Override
        public int forwardedForHops() {
            return 0;
        }

        @Override
        public Sync sync() {
            return LimiterSettings.sync(syncTokens, base.sync().maxUnsyncedTime());
        }

        @Override
        public long cacheSize() {
            return 1000;
        }

        @Override
        public Duration cleanupInterval() {
            return base.cleanupInterval();
        }
    }
}
