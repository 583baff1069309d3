package vn.gov.pressinfo.pressresponse.inquiry;

import vn.gov.pressinfo.pressresponse.document.Labelled;

/** How a press inquiry reached the agency. */
public enum InquiryChannel implements Labelled {
    /** Thư điện tử. */
    EMAIL("Thư điện tử"),
    /** Điện thoại. */
    PHONE("Điện thoại"),
    /** Trực tiếp. */
    IN_PERSON("Trực tiếp"),
    /** Công văn của cơ quan báo chí. */
    OFFICIAL_LETTER("Công văn của cơ quan báo chí"),
    /** Cổng thông tin điện tử của tỉnh. */
    PROVINCIAL_PORTAL("Cổng thông tin điện tử của tỉnh");

    private final String label;

    InquiryChannel(String label) {
        this.label = label;
    }

    /** The label in Vietnamese, as documents and exports show it. */
    @Override
    public String label() {
        return label;
    }
}
