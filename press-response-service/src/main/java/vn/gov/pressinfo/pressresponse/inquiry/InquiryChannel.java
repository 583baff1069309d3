package vn.gov.pressinfo.pressresponse.inquiry;

/** How a press inquiry reached the agency. */
public enum InquiryChannel {
    /** Thư điện tử. */
    EMAIL,
    /** Điện thoại. */
    PHONE,
    /** Trực tiếp. */
    IN_PERSON,
    /** Công văn của cơ quan báo chí. */
    OFFICIAL_LETTER,
    /** Cổng thông tin điện tử của tỉnh. */
    PROVINCIAL_PORTAL
}
