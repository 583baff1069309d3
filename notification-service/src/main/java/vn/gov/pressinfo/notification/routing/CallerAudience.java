package vn.gov.pressinfo.notification.routing;

import jakarta.enterprise.context.RequestScoped;

import vn.gov.pressinfo.security.AgencyScope;
import vn.gov.pressinfo.security.Caller;
import vn.gov.pressinfo.security.Roles;
import vn.gov.pressinfo.web.ProblemException;

/**
 * Whose inbox and preferences the caller handles: press-admin those of the department, an agency
 * officer those of its agency (from its token's agency claim, via {@link AgencyScope}).
 */
@RequestScoped
public class CallerAudience {

    private final Caller caller;
    private final AgencyScope scope;

    public CallerAudience(Caller caller, AgencyScope scope) {
        this.caller = caller;
        this.scope = scope;
    }

    public Audience get() {
        if (caller.hasRole(Roles.PRESS_ADMIN)) {
            return Audience.DEPARTMENT;
        }
        if (caller.hasRole(Roles.AGENCY_OFFICER)) {
            return scope.confinedAgency().map(Audience::agency)
                    .orElseThrow(() -> ProblemException.forbidden("No agency in the caller's token."));
        }
        throw ProblemException.forbidden("Only press-admin and agency officers have an inbox.");
    }
}
