package vn.gov.pressinfo.registry.spokesperson;

/**
 * How an appointment stands. Whether it is <em>current</em> depends on the dates only
 * (validFrom ≤ today &lt; validTo); the status says how it ended: replaced by a successor
 * (SUPERSEDED) or revoked (REVOKED). ACTIVE appointments may still end on a validTo given at
 * appointment.
 */
public enum SpokespersonStatus {
    ACTIVE,
    SUPERSEDED,
    REVOKED
}
