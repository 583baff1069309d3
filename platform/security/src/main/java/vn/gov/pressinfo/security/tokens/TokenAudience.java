package vn.gov.pressinfo.security.tokens;

import java.util.NoSuchElementException;
import java.util.Optional;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.Config;

import io.quarkus.runtime.StartupEvent;

/**
 * Refuses to start without the audience every bearer token must carry ({@code mp.jwt.verify.audiences}, from
 * {@code PRESSINFO_TOKEN_AUDIENCE} in production): without it smallrye-jwt would accept a token the identity
 * provider issued for any other application.
 */
@Singleton
public class TokenAudience {

    static final String PROPERTY = "mp.jwt.verify.audiences";

    void check(@Observes StartupEvent start, Config config) {
        require(read(config));
    }

    static Optional<String> read(Config config) {
        try {
            return config.getOptionalValue(PROPERTY, String.class);
        } catch (NoSuchElementException | IllegalArgumentException e) {
            // ${PRESSINFO_TOKEN_AUDIENCE} without a value: SmallRye Config cannot expand it
            return Optional.empty();
        }
    }

    /** The configured audience; fails when it is missing, blank or NONE. */
    static String require(Optional<String> audience) {
        String value = audience.map(String::trim).orElse("");
        if (value.isEmpty() || value.equalsIgnoreCase("NONE")) {
            throw new IllegalStateException("PRESSINFO_TOKEN_AUDIENCE is required: the audience (aud claim) that every "
                    + "bearer token for this suite carries, as the identity provider's audience mapper sets it "
                    + "(the suite's realm: pressinfo-api); " + PROPERTY + " is '" + value + "'");
        }
        return value;
    }
}
