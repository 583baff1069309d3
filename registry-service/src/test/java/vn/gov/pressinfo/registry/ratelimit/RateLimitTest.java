package vn.gov.pressinfo.registry.ratelimit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import vn.gov.pressinfo.testing.DevTokens;
import vn.gov.pressinfo.web.ratelimit.CallerClass;
import vn.gov.pressinfo.web.ratelimit.RateLimiter;

/**
 * The rate limits of platform-web's RateLimitFilter, in this service with {@link TinyRateLimits}.
 * Every caller is new (random subject or address), so buckets left in the database by earlier runs
 * play no part.
 */
@QuarkusTest
@TestProfile(TinyRateLimits.class)
class RateLimitTest {

    private static final String AGENCIES = "/api/v1/agencies";

    @Test
    void aCallerOverItsLimitGets429WithRetryAfterWhileAnotherCallerIsServed() {
        RequestSpecification first = caller("auditor");
        RequestSpecification second = caller("auditor");

        for (int i = 1; i <= TinyRateLimits.USER; i++) {
            Response ok = first.get(AGENCIES);
            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(ok.header("RateLimit-Limit")).isEqualTo(Integer.toString(TinyRateLimits.USER));
            assertThat(ok.header("RateLimit-Remaining")).isEqualTo(Integer.toString(TinyRateLimits.USER - i));
            assertThat(Long.parseLong(ok.header("RateLimit-Reset"))).isBetween(1L, 3600L);
        }
        Response throttled = first.get(AGENCIES);
        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.contentType()).startsWith("application/problem+json");
        assertThat(throttled.jsonPath().getString("type")).isEqualTo("https://pressinfo.gov.vn/problems/too-many-requests");
        assertThat(throttled.jsonPath().getInt("status")).isEqualTo(429);
        assertThat(throttled.jsonPath().getString("instance")).isEqualTo(AGENCIES);
        // One token back every 15 minutes (4 per hour).
        assertThat(Long.parseLong(throttled.header("Retry-After"))).isBetween(1L, 900L);
        assertThat(throttled.header("RateLimit-Remaining")).isEqualTo("0");
        assertThat(throttled.header("RateLimit-Limit")).isEqualTo(Integer.toString(TinyRateLimits.USER));

        Response other = second.get(AGENCIES);
        assertThat(other.statusCode()).isEqualTo(200);
        assertThat(other.header("RateLimit-Remaining")).isEqualTo(Integer.toString(TinyRateLimits.USER - 1));
    }

    @Test
    void requestsThatEndIn404Or401CountToo() {
        RequestSpecification caller = caller("press-admin");
        Response missing = caller.get(AGENCIES + "/{id}", UUID.randomUUID());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.header("RateLimit-Remaining")).isEqualTo(Integer.toString(TinyRateLimits.USER - 1));
        Response noRoute = caller.get("/api/v1/no-such-collection");
        assertThat(noRoute.statusCode()).isEqualTo(404);
        assertThat(noRoute.header("RateLimit-Remaining")).isEqualTo(Integer.toString(TinyRateLimits.USER - 2));

        // A bad token is no token: the caller is counted by address, against the public limit.
        Response unauthorized = given().header("X-Forwarded-For", address()).auth().oauth2("not-a-token").get(AGENCIES);
        assertThat(unauthorized.statusCode()).isEqualTo(401);
        assertThat(unauthorized.header("RateLimit-Limit")).isEqualTo(Integer.toString(TinyRateLimits.PUBLIC));
        assertThat(unauthorized.header("RateLimit-Remaining")).isEqualTo(Integer.toString(TinyRateLimits.PUBLIC - 1));
    }

    @Test
    void publicEndpointsAreLimitedPerClientAddress() {
        String address = address();
        for (int i = 1; i <= TinyRateLimits.PUBLIC; i++) {
            Response ok = verify(address);
            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(ok.header("RateLimit-Remaining")).isEqualTo(Integer.toString(TinyRateLimits.PUBLIC - i));
        }
        assertThat(verify(address).statusCode()).isEqualTo(429);
        // The client cannot choose another address by sending its own X-Forwarded-For: the trusted proxy appends the real one.
        assertThat(verify("198.51.100.1, " + address).statusCode()).isEqualTo(429);
        Response neighbour = verify(address());
        assertThat(neighbour.statusCode()).isEqualTo(200);
        assertThat(neighbour.header("RateLimit-Limit")).isEqualTo(Integer.toString(TinyRateLimits.PUBLIC));
    }

    @Test
    void systemCallersHaveLimitsOfTheirOwn() {
        RequestSpecification system = caller("system");
        for (int i = 1; i <= TinyRateLimits.SYSTEM; i++) {
            Response ok = system.get(AGENCIES);
            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(ok.header("RateLimit-Limit")).isEqualTo(Integer.toString(TinyRateLimits.SYSTEM));
        }
        assertThat(system.get(AGENCIES).statusCode()).isEqualTo(429);
    }

    @Test
    void healthMetricsAndOpenApiAreNeverLimited() {
        String address = address();
        for (int i = 0; i < TinyRateLimits.PUBLIC * 3; i++) {
            for (String path : List.of("/q/health/live", "/q/metrics", "/q/openapi")) {
                Response response = given().header("X-Forwarded-For", address).get(path);
                assertThat(response.statusCode()).as(path).isEqualTo(200);
                assertThat(response.header("RateLimit-Limit")).as(path).isNull();
            }
        }
        // Nothing was taken from the address's bucket.
        assertThat(verify(address).header("RateLimit-Remaining")).isEqualTo(Integer.toString(TinyRateLimits.PUBLIC - 1));
    }

    @Inject
    DataSource dataSource;

    @Test
    void aChangedLimitReachesStoredBucketsOnceTheConfigurationVersionIsRaised() {
        String caller = "limits-" + UUID.randomUUID();
        RateLimiter small = new RateLimiter(new LimiterSettings(2, 1), () -> dataSource);
        RateLimiter raisedSameVersion = new RateLimiter(new LimiterSettings(5, 1), () -> dataSource);
        RateLimiter raisedNewVersion = new RateLimiter(new LimiterSettings(5, 2), () -> dataSource);
        try {
            assertThat(small.consume(CallerClass.USER, caller).allowed()).isTrue();
            assertThat(small.consume(CallerClass.USER, caller).allowed()).isTrue();
            assertThat(small.consume(CallerClass.USER, caller).allowed()).isFalse();
            // Another replica (or a restart) with a new capacity but the same version: the stored bucket wins.
            assertThat(raisedSameVersion.consume(CallerClass.USER, caller).allowed()).isFalse();
            // With the version raised, the 3 requests the capacity grew by are there at once.
            RateLimiter.Decision raised = raisedNewVersion.consume(CallerClass.USER, caller);
            assertThat(raised.allowed()).isTrue();
            assertThat(raised.remaining()).isEqualTo(2);
        } finally {
            small.stop();
            raisedSameVersion.stop();
            raisedNewVersion.stop();
        }
    }

    @Test
    void leasedTokensAreTakenFromTheSharedBucketSoTwoReplicasTogetherStillAllowTheCapacity() {
        String caller = "lease-" + UUID.randomUUID();
        RateLimiter one = new RateLimiter(new LimiterSettings(7, 1, 2), () -> dataSource);
        RateLimiter two = new RateLimiter(new LimiterSettings(7, 1, 2), () -> dataSource);
        try {
            assertThat(one.consumeLeased(CallerClass.PUBLIC, caller)).as("nothing leased before the first request").isNull();
            RateLimiter.Decision first = one.consume(CallerClass.PUBLIC, caller);
            assertThat(first.allowed()).isTrue();
            assertThat(first.remaining()).as("the two leased tokens are the caller's").isEqualTo(6);
            RateLimiter.Decision leased = one.consumeLeased(CallerClass.PUBLIC, caller);
            assertThat(leased.allowed()).isTrue();
            assertThat(leased.remaining()).isEqualTo(5);
            int allowed = 2;
            for (int i = 0; i < 10; i++) {
                RateLimiter replica = i % 2 == 0 ? two : one;
                RateLimiter.Decision next = replica.consumeLeased(CallerClass.PUBLIC, caller);
                if (next == null) {
                    next = replica.consume(CallerClass.PUBLIC, caller);
                }
                allowed += next.allowed() ? 1 : 0;
            }
            assertThat(allowed).as("whatever the replicas leased, the caller got its capacity and no more").isEqualTo(7);
        } finally {
            one.stop();
            two.stop();
        }
    }

    @Test
    void aLargeLimitGetsALeaseOfAThousandthOfItSoPostgresqlIsAskedRarely() {
        String caller = "large-" + UUID.randomUUID();
        RateLimiter limiter = new RateLimiter(new LimiterSettings(2_000_000, 1, 2), () -> dataSource);
        try {
            assertThat(limiter.consume(CallerClass.PUBLIC, caller).remaining()).isEqualTo(1_999_999);
            for (int i = 0; i < 2_000; i++) {
                RateLimiter.Decision leased = limiter.consumeLeased(CallerClass.PUBLIC, caller);
                assertThat(leased).as("leased token %d of 2,000", i + 1).isNotNull();
                assertThat(leased.allowed()).isTrue();
            }
            assertThat(limiter.consumeLeased(CallerClass.PUBLIC, caller)).as("the lease is a thousandth of the limit").isNull();
            // 2,002 used; the bucket refills 2,000,000 a minute, so a few hundred may have come back meanwhile.
            assertThat(limiter.consume(CallerClass.PUBLIC, caller).remaining())
                    .as("the bucket lost what was used, and the next lease is the caller's").isBetween(1_997_998L, 1_998_998L);
        } finally {
            limiter.stop();
        }
    }

    private static Response verify(String forwardedFor) {
        return given().header("X-Forwarded-For", forwardedFor).get("/api/v1/press-cards/{number}/verification", "HN-1");
    }

    /** A new caller with this role: a subject no other test or run uses. */
    private static RequestSpecification caller(String role) {
        String token = DevTokens.token(role + "-" + UUID.randomUUID(), List.of(role), null, Duration.ofHours(1));
        return given().auth().oauth2(token);
    }

    /** A new client address (documentation range 203.0.113.0/24 is too small for random draws: IPv6 2001:db8::/32). */
    private static String address() {
        UUID random = UUID.randomUUID();
        return String.format("2001:db8:%x:%x::1", random.getMostSignificantBits() & 0xffff, random.getLeastSignificantBits() & 0xffff);
    }
}
