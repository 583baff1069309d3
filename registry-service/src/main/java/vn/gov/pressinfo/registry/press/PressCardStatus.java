package vn.gov.pressinfo.registry.press;

/**
 * Where a press card (thẻ nhà báo) stands: active, suspended (tạm đình chỉ) or revoked (thu hồi). The one place
 * that says which change is allowed: an active card may be suspended or revoked, a suspended one revoked or
 * reinstated; a revoked card is final.
 */
public enum PressCardStatus {
    ACTIVE,
    SUSPENDED,
    REVOKED;

    /** Whether a card in this status may move to {@code next}. */
    boolean allows(PressCardStatus next) {
        return switch (this) {
            case ACTIVE -> next == SUSPENDED || next == REVOKED;
            case SUSPENDED -> next == ACTIVE || next == REVOKED;
            case REVOKED -> false;
        };
    }
}
