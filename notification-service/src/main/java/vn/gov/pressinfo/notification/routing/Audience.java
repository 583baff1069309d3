package vn.gov.pressinfo.notification.routing;

import java.util.Optional;
import java.util.UUID;

/**
 * An addressee of in-app items and of preferences: one agency, or the press management department.
 * Stored as {@code agency:<uuid>} or {@code department}.
 */
public record Audience(UUID agencyId) {

    public static final Audience DEPARTMENT = new Audience(null);
    /** The stored key of an agency's audience is this prefix and the agency id. */
    public static final String AGENCY_PREFIX = "agency:";

    public static Audience agency(UUID agencyId) {
        return new Audience(agencyId);
    }

    public boolean isDepartment() {
        return agencyId == null;
    }

    public String key() {
        return agencyId == null ? "department" : AGENCY_PREFIX + agencyId;
    }

    public static Optional<Audience> parse(String key) {
        if ("department".equals(key)) {
            return Optional.of(DEPARTMENT);
        }
        if (key != null && key.startsWith(AGENCY_PREFIX)) {
            try {
                return Optional.of(agency(UUID.fromString(key.substring(AGENCY_PREFIX.length()))));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return key();
    }
}
