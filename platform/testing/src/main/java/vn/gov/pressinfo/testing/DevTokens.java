package vn.gov.pressinfo.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/**
 * Signs bearer tokens with the development key pair, for tests and the local stack only. Services
 * trust its public half under the dev, test and local profiles (platform-security); production
 * verifies against the identity provider's keys. Claims follow Keycloak's shape: roles in
 * {@code realm_access.roles}, the agency of an officer in {@code agency_id}, the suite's audience {@link #AUDIENCE}
 * in {@code aud}.
 */
public final class DevTokens {

    public static final String ISSUER = "https://pressinfo.local/dev";
    /** The audience the services expect under the dev, test and local profiles ({@code PRESSINFO_TOKEN_AUDIENCE}). */
    public static final String AUDIENCE = "pressinfo-api";
    private static final PrivateKey KEY = loadKey();

    private DevTokens() {
    }

    /** A token for {@code role}, valid for 8 hours. */
    public static String forRole(String role) {
        return token(role + "-user", List.of(role), null, Duration.ofHours(8));
    }

    /** An agency officer's token scoped to {@code agencyId}. */
    public static String agencyOfficer(UUID agencyId) {
        return token("officer-" + agencyId.toString().substring(0, 8), List.of("agency-officer"), agencyId, Duration.ofHours(8));
    }

    /** A signed token with these claims, valid for {@code validity} (to the second) from now. */
    public static String token(String username, List<String> roles, UUID agencyId, Duration validity) {
        return token(username, roles, agencyId, validity, AUDIENCE);
    }

    /** A signed token for {@code audience} (none when null): tests of tokens issued for another application. */
    public static String token(String username, List<String> roles, UUID agencyId, Duration validity, String audience) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        if (audience != null) {
            claims.setAudience(audience);
        }
        claims.setSubject(username);
        claims.setClaim("preferred_username", username);
        claims.setClaim("upn", username);
        NumericDate now = NumericDate.now();
        claims.setIssuedAt(now);
        claims.setExpirationTime(NumericDate.fromSeconds(now.getValue() + validity.toSeconds()));
        claims.setGeneratedJwtId();
        claims.setClaim("realm_access", Map.of("roles", roles));
        if (agencyId != null) {
            claims.setClaim("agency_id", agencyId.toString());
        }
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(KEY);
        jws.setKeyIdHeaderValue("pressinfo-dev");
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("could not sign a development token", e);
        }
    }

    private static PrivateKey loadKey() {
        try (InputStream in = DevTokens.class.getResourceAsStream("/META-INF/pressinfo-dev-private.pem")) {
            if (in == null) {
                throw new IllegalStateException("META-INF/pressinfo-dev-private.pem is missing");
            }
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("could not load the development signing key", e);
        }
    }
}
