package vn.gov.pressinfo.registry.authorization;

/** ACTIVE until the end date has passed (EXPIRED, set by the expiry job) or until revoked (REVOKED). */
public enum AuthorizationStatus {
    ACTIVE,
    EXPIRED,
    REVOKED
}
