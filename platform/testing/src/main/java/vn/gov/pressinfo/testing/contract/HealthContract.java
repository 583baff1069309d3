package vn.gov.pressinfo.testing.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

/** Live, ready (database and Kafka) and started probes, and Prometheus metrics. */
public abstract class HealthContract {

    /** The name of the readiness check that covers Kafka in this service. */
    protected abstract String kafkaCheckName();

    @Test
    void readyIncludesDatabaseAndKafka() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.name", hasItem(kafkaCheckName()));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/started").then().statusCode(200);
    }

    @Test
    void metricsArePrometheusText() {
        given().get("/q/metrics").then().statusCode(200);
    }
}
