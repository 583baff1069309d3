package vn.gov.pressinfo.testing.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

/**
 * Live, ready (database, not Kafka) and started probes, the {@code kafka} health group, and Prometheus metrics
 * (docs/adr/0017-readiness-without-kafka.md).
 */
public abstract class HealthContract {

    /** The name of a check of the {@code kafka} health group in this service ({@code kafka-outbox}, {@code kafka-consumers}). */
    protected abstract String kafkaCheckName();

    @Test
    void readyIncludesTheDatabaseAndNotKafka() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.name", not(hasItem(kafkaCheckName())))
                .body("checks.name", not(hasItem("SmallRye Reactive Messaging - readiness check")));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", not(hasItem("SmallRye Reactive Messaging - liveness check")));
        given().get("/q/health/started").then().statusCode(200);
    }

    @Test
    void kafkaHasAHealthGroupOfItsOwn() {
        given().get("/q/health/group/kafka").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(kafkaCheckName()));
    }

    @Test
    void metricsArePrometheusText() {
        given().get("/q/metrics").then().statusCode(200);
    }
}
