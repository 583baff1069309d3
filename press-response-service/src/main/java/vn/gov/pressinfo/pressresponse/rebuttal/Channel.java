package vn.gov.pressinfo.pressresponse.rebuttal;

import vn.gov.pressinfo.pressresponse.document.Labelled;

/** How a rebuttal letter was sent. */
public enum Channel implements Labelled {
    EMAIL("Thư điện tử"),
    POST("Bưu chính"),
    OFFICIAL_DOCUMENT_SYSTEM("Hệ thống quản lý văn bản và điều hành"),
    HAND_DELIVERY("Gửi trực tiếp");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    /** The label in Vietnamese, as documents and exports show it. */
    @Override
    public String label() {
        return label;
    }
}
