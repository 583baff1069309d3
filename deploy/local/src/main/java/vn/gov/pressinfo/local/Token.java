package vn.gov.pressinfo.local;

import java.io.PrintStream;
import java.util.List;
import java.util.UUID;

import vn.gov.pressinfo.testing.DevTokens;

/**
 * {@code deploy/local/token ROLE [AGENCY_ID]}: prints a bearer token, valid for 8 hours, that the local
 * stack's services accept (signed with the development key, which only the dev, test and local profiles
 * trust). The token is the last line of the output.
 */
public final class Token {

    /** The suite's roles (platform-security's Roles), see docs/adr on the auth model. */
    static final List<String> ROLES = List.of("press-admin", "agency-officer", "press-monitor", "auditor", "system");

    private Token() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args.length > 2 || args[0].equals("-h") || args[0].equals("--help")) {
            err.println("usage: deploy/local/token ROLE [AGENCY_ID]");
            err.println("  ROLE: one of " + String.join(", ", ROLES) + "; agency-officer needs the agency's id (UUID)");
            return 2;
        }
        String role = args[0];
        if (!ROLES.contains(role)) {
            err.println("unknown role '" + role + "'; one of " + String.join(", ", ROLES));
            return 2;
        }
        if (role.equals("agency-officer")) {
            if (args.length != 2) {
                err.println("agency-officer needs AGENCY_ID, the UUID of the officer's agency (GET /api/v1/agencies lists them)");
                return 2;
            }
            UUID agency;
            try {
                agency = UUID.fromString(args[1]);
            } catch (IllegalArgumentException e) {
                err.println("AGENCY_ID must be a UUID, not '" + args[1] + "'");
                return 2;
            }
            out.println(DevTokens.agencyOfficer(agency));
            return 0;
        }
        if (args.length == 2) {
            err.println("only agency-officer takes an AGENCY_ID");
            return 2;
        }
        out.println(DevTokens.forRole(role));
        return 0;
    }
}
