package vn.gov.pressinfo.registry.press;

import vn.gov.pressinfo.registry.Labelled;

/**
 * Where a press card (thẻ nhà báo) stands: active, suspended (tạm đình chỉ) or revoked (thu hồi). The one place
 * that says which change is allowed: an active card may be suspended or revoked, a suspended one revoked or
 * reinstated; a revoked card is final.
 */
public enum PressCardStatus implements Labelled {
    ACTIVE("Còn hiệu lực"),
    SUSPENDED("Tạm đình chỉ"),
    REVOKED("Đã thu hồi");

    private final String label;

    PressCardStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Whether a card in this status may move to {@code next}. */
    boolean allows(PressCardStatus next) {
        return switch (this) {
            case ACTIVE -> next == SUSPENDED || next == REVOKED;
            case SUSPENDED -> next == ACTIVE || next == REVOKED;
            case REVOKED -> false;
        };
    }
}
