package vn.gov.pressinfo.registry.spokesperson;

import vn.gov.pressinfo.registry.Labelled;

/**
 * How an appointment stands. Whether it is <em>current</em> depends on the dates only
 * (validFrom ≤ today &lt; validTo); the status says how it ended: replaced by a successor
 * (SUPERSEDED) or revoked (REVOKED). ACTIVE appointments may still end on a validTo given at
 * appointment.
 */
public enum SpokespersonStatus implements Labelled {
    ACTIVE("Còn hiệu lực"),
    SUPERSEDED("Đã được thay thế"),
    REVOKED("Đã thu hồi");

    private final String label;

    SpokespersonStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
