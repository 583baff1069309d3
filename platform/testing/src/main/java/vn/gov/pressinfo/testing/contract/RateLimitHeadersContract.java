package vn.gov.pressinfo.testing.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.restassured.response.Response;

/**
 * platform-web's rate limits are on in the service: every API response, an error included, carries the
 * RateLimit-* headers, and the probes under {@code /q} carry none (they are never limited). The limits
 * themselves are shown in registry-service's RateLimitTest.
 */
public abstract class RateLimitHeadersContract {

    @Test
    void apiResponsesCarryRateLimitHeaders() {
        Response response = given().get("/api/v1/no-such-collection");
        assertThat(response.statusCode()).isIn(401, 404);
        long limit = Long.parseLong(response.header("RateLimit-Limit"));
        assertThat(limit).isPositive();
        assertThat(Long.parseLong(response.header("RateLimit-Remaining"))).isBetween(0L, limit - 1);
        assertThat(Long.parseLong(response.header("RateLimit-Reset"))).isNotNegative();
    }

    @Test
    void probesAndMetricsAreNotLimited() {
        for (String path : List.of("/q/health/live", "/q/health/ready", "/q/metrics")) {
            Response response = given().get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.header("RateLimit-Limit")).as(path).isNull();
        }
    }
}
