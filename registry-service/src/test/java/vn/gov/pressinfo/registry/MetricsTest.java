package vn.gov.pressinfo.registry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The outbox gauges operators alert on are exposed to Prometheus with real values. */
@QuarkusTest
class MetricsTest {

    @Test
    void outboxBacklogAndAgeAreExposed() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(value(metrics, "pressinfo_outbox_backlog")).isGreaterThanOrEqualTo(0);
        assertThat(value(metrics, "pressinfo_outbox_oldest_age_seconds")).isGreaterThanOrEqualTo(0);
    }

    @Test
    void apiLatencyHasHistogramBucketsForPercentiles() {
        given().get("/api/v1/public/spokespersons").then().statusCode(200);
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        // The 50 ms bucket of the route just called: what histogram_quantile in the dashboard and the alerts reads.
        assertThat(metrics).containsPattern(
                "(?m)^http_server_requests_seconds_bucket\\{[^}]*uri=\"/api/v1/public/spokespersons\"[^}]*le=\"0\\.05\"\\} [0-9.]+$");
    }

    private static double value(String metrics, String name) {
        Matcher m = Pattern.compile("(?m)^" + name + "(\\{[^}]*\\})? ([0-9.eE+-]+|NaN)$").matcher(metrics);
        assertThat(m.find()).as("%s in /q/metrics", name).isTrue();
        return Double.parseDouble(m.group(2));
    }
}
