package vn.gov.pressinfo.pressresponse.presscard;

import vn.gov.pressinfo.pressresponse.document.Labelled;

/**
 * What the check of a journalist's press card (thẻ nhà báo) found: valid, expired (past its last day),
 * suspended (tạm đình chỉ) or revoked (thu hồi) by registry, unknown to registry, or no card presented.
 */
public enum PressCardStatus implements Labelled {
    VALID("Còn hiệu lực"),
    EXPIRED("Hết hạn"),
    SUSPENDED("Tạm đình chỉ"),
    REVOKED("Đã thu hồi"),
    UNKNOWN("Không có trong danh sách thẻ nhà báo"),
    NOT_PRESENTED("Không xuất trình thẻ nhà báo");

    private final String label;

    PressCardStatus(String label) {
        this.label = label;
    }

    /** The label in Vietnamese, as documents and exports show it. */
    @Override
    public String label() {
        return label;
    }

    /** Whether the card deserves a second look before the inquiry is treated as coming from a journalist. */
    public boolean flagged() {
        return this == SUSPENDED || this == REVOKED || this == UNKNOWN;
    }
}
