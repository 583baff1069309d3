package vn.gov.pressinfo.security.tokens;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * Decorates smallrye-jwt's parser, which Quarkus calls for every request's bearer token: a token this replica
 * verified before, byte for byte, is answered from {@link VerifiedTokens} instead of being verified and parsed
 * again. Only successful verifications are remembered; every other method of the parser is untouched
 * (docs/adr/0011-verified-token-cache.md).
 */
@Decorator
@Priority(10)
public abstract class VerifiedTokenCache implements JWTParser {

    @Inject
    @Delegate
    @Any
    JWTParser parser;

    @Inject
    VerifiedTokens verified;

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken known = verified.get(token);
        if (known != null) {
            return known;
        }
        JsonWebToken jwt = parser.parse(token);
        verified.remember(token, jwt);
        return jwt;
    }
}
