package vn.gov.pressinfo.web.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * The HTTP layer's own errors answer RFC 9457 problems: a 10 kB URL (414), a 40 kB header (431), a body over
 * {@code pressinfo.web.max-body-bytes} (413), also past Quarkus's own body backstop; requests within the limits pass.
 */
@QuarkusTest
class HttpLayerLimitsTest {

    @Test
    void aRequestLineOverTheLimitIsAUriTooLongProblem() {
        problem(given().queryParam("q", "a".repeat(10_000)).get("/test/http").then(), 414)
                .body("type", equalTo("https://pressinfo.gov.vn/problems/uri-too-long"))
                .body("instance", equalTo("/test/http"))
                .body("detail", startsWith("The request line has 10"));
        problem(given().get("/test/http/" + "b".repeat(10_000)).then(), 414)
                .body("instance", nullValue());
    }

    @Test
    void headerFieldsOverTheLimitAreARequestHeaderFieldsTooLargeProblem() {
        problem(given().header("X-Large", "c".repeat(40_000)).get("/test/http").then(), 431)
                .body("type", equalTo("https://pressinfo.gov.vn/problems/request-header-fields-too-large"))
                .body("title", equalTo("Request header fields too large"));
    }

    @Test
    void aBodyOverTheLimitIsAPayloadTooLargeProblem() {
        problem(given().contentType("text/plain").body("d".repeat(1_100_000)).post("/test/http").then(), 413)
                .body("type", equalTo("https://pressinfo.gov.vn/problems/payload-too-large"))
                .body("detail", equalTo("The request body exceeds 1048576 bytes."));
        // past quarkus.http.limits.max-body-size (2M), which would answer without a body
        problem(given().contentType("text/plain").body("e".repeat(3_000_000)).post("/test/http").then(), 413);
    }

    @Test
    void requestsWithinTheLimitsPass() {
        given().queryParam("q", "f".repeat(3_000)).header("X-Medium", "g".repeat(10_000)).get("/test/http")
                .then().statusCode(200).body(equalTo("3000"));
        given().contentType("text/plain").body("h".repeat(1_000_000)).post("/test/http")
                .then().statusCode(200).body(equalTo("1000000"));
    }

    private static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status).contentType("application/problem+json").body("status", equalTo(status))
                .body("title", org.hamcrest.Matchers.notNullValue());
    }
}
