package vn.gov.pressinfo.security;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/** Who is calling: the principal name (for audit columns), roles and the agency claim. */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public Caller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    /** The name recorded in audit columns ({@code created_by}, {@code recorded_by}…). */
    public String id() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /**
     * The caller's email: the {@code email} claim, else a principal name that is an email address. Used to
     * recognise a person that registry knows (a spokesperson, say) by the address registry holds.
     */
    public Optional<String> email() {
        if (identity.isAnonymous() || token == null) {
            return Optional.empty();
        }
        Object claim = token.getClaim("email");
        String email = claim != null ? claim.toString().replace("\"", "").trim() : identity.getPrincipal().getName();
        return email != null && email.contains("@") ? Optional.of(email) : Optional.empty();
    }

    /** The agency of the {@code agency_id} claim, if the token has a well-formed one. */
    public Optional<UUID> agencyId() {
        if (identity.isAnonymous() || token == null) {
            return Optional.empty();
        }
        Object claim = token.getClaim(Roles.AGENCY_CLAIM);
        if (claim == null) {
            return Optional.empty();
        }
        String text = claim.toString().replace("\"", "").trim();
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
