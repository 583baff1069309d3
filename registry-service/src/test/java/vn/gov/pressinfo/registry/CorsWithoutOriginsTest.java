package vn.gov.pressinfo.registry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import vn.gov.pressinfo.testing.contract.CorsContract;

/**
 * Production's default: PRESSINFO_CORS_ORIGINS unset, so quarkus.http.cors.origins is empty and no other origin may
 * call from a browser, not even the local front end's (docs/integrator-guide.md, section 9).
 */
@QuarkusTest
@TestProfile(CorsWithoutOriginsTest.NoOrigins.class)
class CorsWithoutOriginsTest {

    /** The production value of quarkus.http.cors.origins when the variable is unset. */
    public static class NoOrigins implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.cors.origins", "${PRESSINFO_CORS_ORIGINS_UNSET_IN_THIS_TEST:}");
        }
    }

    @Test
    void noOriginIsAllowed() {
        Response preflight = given().header("Origin", CorsContract.ALLOWED)
                .header("Access-Control-Request-Method", "PUT")
                .options("/api/v1/agencies/3f1c2a9e-7d44-4a53-9b0e-1d2f3a4b5c6d");
        assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();

        Response response = given().header("Origin", CorsContract.ALLOWED).get("/api/v1/public/spokespersons");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.header("Access-Control-Allow-Origin")).isNull();

        assertThat(given().get("/api/v1/public/spokespersons").statusCode()).as("no Origin: not a CORS request").isEqualTo(200);
    }
}
