package vn.gov.pressinfo.pressresponse.statement;

import vn.gov.pressinfo.pressresponse.document.Labelled;

/** The six forms of providing information to the press (hình thức phát ngôn và cung cấp thông tin, Decree 09/2017 Art. 4). */
public enum InformationForm implements Labelled {
    /** Tổ chức họp báo. */
    PRESS_CONFERENCE("Họp báo"),
    /** Đăng tải trên trang/cổng thông tin điện tử hoặc mạng xã hội chính thức. */
    PORTAL_POSTING("Đăng tải trên cổng/trang thông tin điện tử"),
    /** Phát ngôn trực tiếp, trả lời phỏng vấn. */
    INTERVIEW("Phát ngôn trực tiếp, trả lời phỏng vấn"),
    /** Thông cáo báo chí, trả lời bằng văn bản hoặc thư điện tử. */
    WRITTEN_ANSWER("Thông cáo báo chí, trả lời bằng văn bản"),
    /** Cung cấp thông tin tại giao ban báo chí. */
    PRESS_BRIEFING("Cung cấp thông tin tại giao ban báo chí"),
    /** Văn bản đề nghị cơ quan báo chí đăng phản hồi, cải chính, xin lỗi. */
    PUBLICATION_REQUEST("Đề nghị cơ quan báo chí đăng phản hồi, cải chính");

    private final String label;

    InformationForm(String label) {
        this.label = label;
    }

    /** The label in Vietnamese, as the public feed shows it. */
    @Override
    public String label() {
        return label;
    }
}
