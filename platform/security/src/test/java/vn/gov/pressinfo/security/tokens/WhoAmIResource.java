package vn.gov.pressinfo.security.tokens;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import vn.gov.pressinfo.security.Caller;
import vn.gov.pressinfo.security.Roles;

/** A protected endpoint for the tests of this library: answers with the caller's name. */
@Path("/test/whoami")
public class WhoAmIResource {

    private final Caller caller;

    WhoAmIResource(Caller caller) {
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    @RolesAllowed(Roles.PRESS_ADMIN)
    public String whoAmI() {
        return caller.id();
    }
}
