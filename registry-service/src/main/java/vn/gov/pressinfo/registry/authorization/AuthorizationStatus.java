package vn.gov.pressinfo.registry.authorization;

import vn.gov.pressinfo.registry.Labelled;

/** ACTIVE until the end date has passed (EXPIRED, set by the expiry job) or until revoked (REVOKED). */
public enum AuthorizationStatus implements Labelled {
    ACTIVE("Còn hiệu lực"),
    EXPIRED("Hết hiệu lực"),
    REVOKED("Đã thu hồi");

    private final String label;

    AuthorizationStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
