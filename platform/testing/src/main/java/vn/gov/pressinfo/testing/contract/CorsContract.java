package vn.gov.pressinfo.testing.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.restassured.response.Response;

/**
 * The CORS policy of a service for browser front ends ({@code quarkus.http.cors.*}, origins from
 * {@code PRESSINFO_CORS_ORIGINS}; the test profile allows the local front end, {@value #ALLOWED}): a preflight from an
 * allowed origin is answered with the allowed methods and request headers, a request from it exposes the headers a
 * client reads (ETag, Link, Location, Retry-After, RateLimit-*); another origin gets no Access-Control-Allow-Origin and
 * its requests answer 403. Extend in a {@code @QuarkusTest} of each service.
 */
public abstract class CorsContract {

    public static final String ALLOWED = "http://localhost:5173";
    private static final String OTHER = "https://evil.example.com";

    /** A path of the service that answers GET without a token (a public list or the OpenAPI document). */
    protected String publicPath() {
        return "/q/openapi";
    }

    /** A path of the service's API that a browser front end writes to (the preflight's target). */
    protected abstract String apiPath();

    @Test
    void preflightFromTheAllowedOriginIsAnswered() {
        Response preflight = given().header("Origin", ALLOWED)
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,content-type,if-match,idempotency-key")
                .options(apiPath());
        assertThat(preflight.statusCode()).as("preflight status").isEqualTo(200);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo(ALLOWED);
        assertThat(list(preflight.header("Access-Control-Allow-Methods"))).contains("GET", "POST", "PUT", "DELETE");
        assertThat(list(preflight.header("Access-Control-Allow-Headers")).stream().map(String::toLowerCase))
                .contains("authorization", "content-type", "if-match", "idempotency-key");
        assertThat(preflight.header("Access-Control-Allow-Credentials")).isNotEqualTo("true");
    }

    @Test
    void responsesToTheAllowedOriginExposeTheHeadersClientsRead() {
        Response response = given().header("Origin", ALLOWED).get(publicPath());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo(ALLOWED);
        assertThat(list(response.header("Access-Control-Expose-Headers")))
                .contains("ETag", "Link", "Location", "Retry-After", "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset");
    }

    @Test
    void anotherOriginGetsNoCorsHeaders() {
        Response preflight = given().header("Origin", OTHER)
                .header("Access-Control-Request-Method", "PUT")
                .options(apiPath());
        // Without Access-Control-Allow-Origin the browser refuses the call, whatever else the answer says.
        assertThat(preflight.header("Access-Control-Allow-Origin")).as("preflight from %s", OTHER).isNull();

        Response response = given().header("Origin", OTHER).get(publicPath());
        assertThat(response.statusCode()).as("GET from %s", OTHER).isEqualTo(403);
        // Quarkus still lists Access-Control-Expose-Headers on that 403; without Allow-Origin the browser ignores it.
        assertThat(response.header("Access-Control-Allow-Origin")).as("GET from %s", OTHER).isNull();
    }

    @Test
    void callsWithoutAnOriginAreUnaffected() {
        Response response = given().get(publicPath());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header("Access-Control-Allow-Origin")).isNull();
    }

    private static List<String> list(String header) {
        return header == null ? List.of() : Arrays.stream(header.split(",")).map(String::trim).toList();
    }
}
