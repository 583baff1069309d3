package vn.gov.pressinfo.security.tokens;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import vn.gov.pressinfo.security.Roles;
import vn.gov.pressinfo.testing.DevTokens;

/**
 * Bearer tokens on a running application with the verified-token cache on (docs/adr/0011): a token is verified
 * once and then answered from the cache, while a token that differs in any byte, or has expired, still goes
 * through the verifier and is refused.
 */
@QuarkusTest
class VerifiedTokenCacheTest {

    @Inject
    MeterRegistry registry;

    @Test
    void aTokenIsVerifiedOnceAndAnsweredFromTheCacheAfterwards() {
        String token = DevTokens.token("cache-user-1", List.of(Roles.PRESS_ADMIN), null, Duration.ofMinutes(10));
        double missesBefore = gets("miss");
        double hitsBefore = gets("hit");

        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(token).get("/test/whoami").then().statusCode(200).body(org.hamcrest.Matchers.equalTo("cache-user-1"));
        }

        assertThat(gets("miss") - missesBefore).as("verifications").isEqualTo(1);
        assertThat(gets("hit") - hitsBefore).as("answers from the cache").isEqualTo(2);
    }

    @Test
    void aTokenThatDiffersFromARememberedOneInItsSignatureOrClaimsIsRefused() {
        String token = DevTokens.token("cache-user-2", List.of(Roles.AUDITOR), null, Duration.ofMinutes(10));
        given().auth().oauth2(token).get("/test/whoami").then().statusCode(403);
        String[] parts = token.split("\\.");

        String otherSignature = parts[0] + "." + parts[1] + "." + changeCharacter(parts[2], 10);
        String claimsMadeAdmin = parts[0] + "." + base64Url(decode(parts[1]).replace(Roles.AUDITOR, Roles.PRESS_ADMIN)) + "." + parts[2];

        given().auth().oauth2(otherSignature).get("/test/whoami").then().statusCode(401);
        given().auth().oauth2(claimsMadeAdmin).get("/test/whoami").then().statusCode(401);
        // refused twice: a failed verification is not remembered either
        given().auth().oauth2(claimsMadeAdmin).get("/test/whoami").then().statusCode(401);
        given().auth().oauth2(token).get("/test/whoami").then().statusCode(403);
    }

    @Test
    void aRememberedTokenIsRefusedOnceItHasExpired() {
        // A first request with another token, so that a cold application does not use up the short token's life.
        given().auth().oauth2(DevTokens.forRole(Roles.PRESS_ADMIN)).get("/test/whoami").then().statusCode(200);
        String token = DevTokens.token("cache-user-3", List.of(Roles.PRESS_ADMIN), null, Duration.ofSeconds(4));
        given().auth().oauth2(token).get("/test/whoami").then().statusCode(200);
        given().auth().oauth2(token).get("/test/whoami").then().statusCode(200);

        // Real time: the token's exp is wall-clock seconds, checked by the verifier and the cache alike.
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().auth().oauth2(token).get("/test/whoami").statusCode() == 401);
        given().auth().oauth2(token).get("/test/whoami").then().statusCode(401);
    }

    private double gets(String result) {
        var counter = registry.find("cache.gets").tag("cache", VerifiedTokens.CACHE_NAME).tag("result", result).functionCounter();
        assertThat(counter).as("the verified-token cache publishes cache.gets{result=%s}", result).isNotNull();
        return counter.count();
    }

    /** Changes one character (not the last: its low bits may be padding that decodes to the same bytes). */
    private static String changeCharacter(String text, int index) {
        char c = text.charAt(index);
        return text.substring(0, index) + (c == 'A' ? 'B' : 'A') + text.substring(index + 1);
    }

    private static String decode(String base64Url) {
        return new String(Base64.getUrlDecoder().decode(base64Url), StandardCharsets.UTF_8);
    }

    private static String base64Url(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
