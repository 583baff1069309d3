package vn.gov.pressinfo.security.tokens;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.gov.pressinfo.security.Roles;
import vn.gov.pressinfo.testing.DevTokens;

/**
 * Tokens name the suite in their audience: a token the identity provider issued for another application, or with
 * no audience at all, is 401 with a problem body; the suite's own is accepted. Production refuses to start without
 * the audience.
 */
@QuarkusTest
class TokenAudienceTest {

    @Test
    void aTokenForTheSuitesAudienceIsAccepted() {
        String token = DevTokens.token("audience-user-1", List.of(Roles.PRESS_ADMIN), null, Duration.ofMinutes(10), DevTokens.AUDIENCE);
        given().auth().oauth2(token).get("/test/whoami").then().statusCode(200).body(equalTo("audience-user-1"));
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        String token = DevTokens.token("audience-user-2", List.of(Roles.PRESS_ADMIN), null, Duration.ofMinutes(10), "another-app");
        given().auth().oauth2(token).get("/test/whoami").then().statusCode(401)
                .contentType("application/problem+json").body("status", equalTo(401));
        // refused again: a refused token is not remembered by the verified-token cache
        given().auth().oauth2(token).get("/test/whoami").then().statusCode(401);
    }

    @Test
    void aTokenWithoutAudienceIsRefused() {
        String token = DevTokens.token("audience-user-3", List.of(Roles.PRESS_ADMIN), null, Duration.ofMinutes(10), null);
        given().auth().oauth2(token).get("/test/whoami").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void theAudienceIsRequired() {
        assertThat(TokenAudience.require(Optional.of(" pressinfo-api "))).isEqualTo("pressinfo-api");
        for (Optional<String> missing : List.of(Optional.<String>empty(), Optional.of(" "), Optional.of("NONE"))) {
            assertThatThrownBy(() -> TokenAudience.require(missing)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("PRESSINFO_TOKEN_AUDIENCE is required");
        }
    }
}
