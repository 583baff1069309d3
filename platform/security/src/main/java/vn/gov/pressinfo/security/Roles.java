package vn.gov.pressinfo.security;

/**
 * The roles of the suite, as they appear in the token's {@code realm_access.roles} claim.
 * See docs/adr/0003-auth-model.md.
 */
public final class Roles {

    /** The provincial press management department: everything, everywhere. */
    public static final String PRESS_ADMIN = "press-admin";
    /** An officer of one agency, named by the {@code agency_id} claim: sees and changes only that agency's data. */
    public static final String AGENCY_OFFICER = "agency-officer";
    /** Press monitoring staff: registers and verifies false-information cases for any agency. */
    public static final String PRESS_MONITOR = "press-monitor";
    /** Inspectors: read everything, change nothing. */
    public static final String AUDITOR = "auditor";
    /** Machine callers (other government systems). */
    public static final String SYSTEM = "system";

    /** The claim that scopes an agency officer. */
    public static final String AGENCY_CLAIM = "agency_id";

    private Roles() {
    }
}
