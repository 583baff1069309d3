package vn.gov.pressinfo.reporting.regime;

import vn.gov.pressinfo.reporting.document.Labelled;

/** The six forms of providing information to the press (hình thức phát ngôn, Decree 09/2017 Art. 4). */
public enum ProvidingForm implements Labelled {
    PRESS_CONFERENCE("Tổ chức họp báo"),
    PORTAL_OR_SOCIAL_PAGE("Đăng tải trên cổng/trang thông tin điện tử hoặc trang mạng xã hội chính thức"),
    STATEMENT_OR_INTERVIEW("Phát ngôn trực tiếp hoặc trả lời phỏng vấn"),
    PRESS_RELEASE_OR_WRITTEN_ANSWER("Thông cáo báo chí, trả lời bằng văn bản hoặc thư điện tử"),
    PRESS_BRIEFING("Cung cấp thông tin tại giao ban báo chí"),
    REQUEST_TO_PUBLISH_RESPONSE("Yêu cầu cơ quan báo chí đăng, phát phản hồi, cải chính, xin lỗi");

    private final String label;

    ProvidingForm(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
