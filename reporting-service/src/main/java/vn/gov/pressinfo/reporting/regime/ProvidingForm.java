package vn.gov.pressinfo.reporting.regime;

/** The six forms of providing information to the press (hình thức phát ngôn, Decree 09/2017 Art. 4). */
public enum ProvidingForm {
    /** Họp báo. */
    PRESS_CONFERENCE,
    /** Đăng tải trên cổng/trang thông tin điện tử hoặc trang mạng xã hội chính thức. */
    PORTAL_OR_SOCIAL_PAGE,
    /** Phát ngôn trực tiếp hoặc trả lời phỏng vấn. */
    STATEMENT_OR_INTERVIEW,
    /** Thông cáo báo chí, trả lời bằng văn bản hoặc thư điện tử. */
    PRESS_RELEASE_OR_WRITTEN_ANSWER,
    /** Cung cấp thông tin tại các cuộc giao ban báo chí. */
    PRESS_BRIEFING,
    /** Yêu cầu cơ quan báo chí đăng, phát phản hồi, cải chính, xin lỗi. */
    REQUEST_TO_PUBLISH_RESPONSE
}
