package vn.gov.pressinfo.security;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import vn.gov.pressinfo.web.ProblemException;

/**
 * The one place that decides whether the caller may touch a given agency's data. Department-wide
 * roles (press-admin, press-monitor, auditor, system) reach every agency; an agency officer
 * reaches only the agency of its {@code agency_id} claim. What a role may <em>do</em> (read or
 * write) is declared with {@code @RolesAllowed} on the resource method; this adds <em>where</em>.
 */
@ApplicationScoped
public class AgencyScope {

    private final Caller caller;

    public AgencyScope(Caller caller) {
        this.caller = caller;
    }

    /** @throws ProblemException 403 unless the caller may act on {@code agencyId}'s data */
    public void requireAccess(UUID agencyId) {
        Optional<UUID> confined = confinedAgency();
        if (confined.isPresent() && !confined.get().equals(agencyId)) {
            throw ProblemException.forbidden("An agency officer may only act on the data of their own agency.");
        }
    }

    /**
     * The agency a list must be restricted to: empty for department-wide roles, the claim's agency for
     * an agency officer.
     *
     * @throws ProblemException 403 for an agency officer whose token has no valid {@code agency_id}
     */
    public Optional<UUID> confinedAgency() {
        if (caller.hasRole(Roles.PRESS_ADMIN) || caller.hasRole(Roles.PRESS_MONITOR) || caller.hasRole(Roles.AUDITOR)
                || caller.hasRole(Roles.SYSTEM)) {
            return Optional.empty();
        }
        if (caller.hasRole(Roles.AGENCY_OFFICER)) {
            return Optional.of(caller.agencyId().orElseThrow(() ->
                    ProblemException.forbidden("The token of an agency officer must carry a valid agency_id claim.")));
        }
        throw ProblemException.forbidden("No role of the suite is granted to this caller.");
    }
}
