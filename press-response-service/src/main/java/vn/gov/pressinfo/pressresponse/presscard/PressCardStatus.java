package vn.gov.pressinfo.pressresponse.presscard;

/**
 * What the check of a journalist's press card (thẻ nhà báo) found: valid, expired (past its last day),
 * suspended (tạm đình chỉ) or revoked (thu hồi) by registry, unknown to registry, or no card presented.
 */
public enum PressCardStatus {
    VALID,
    EXPIRED,
    SUSPENDED,
    REVOKED,
    UNKNOWN,
    NOT_PRESENTED;

    /** Whether the card deserves a second look before the inquiry is treated as coming from a journalist. */
    public boolean flagged() {
        return this == SUSPENDED || this == REVOKED || this == UNKNOWN;
    }
}
