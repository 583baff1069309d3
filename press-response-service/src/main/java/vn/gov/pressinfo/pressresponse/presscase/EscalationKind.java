package vn.gov.pressinfo.pressresponse.presscase;

import vn.gov.pressinfo.pressresponse.document.Labelled;

/** How a case without correction is escalated (kiến nghị xử lý). */
public enum EscalationKind implements Labelled {
    DEPARTMENT_REQUEST("Đề nghị cơ quan quản lý báo chí yêu cầu cải chính"),
    COMPLAINT_TO_GOVERNING_BODY("Khiếu nại đến cơ quan chủ quản báo chí"),
    SANCTION_PROPOSAL("Đề nghị xử phạt vi phạm hành chính"),
    LAWSUIT("Khởi kiện");

    private final String label;

    EscalationKind(String label) {
        this.label = label;
    }

    /** The label in Vietnamese, as documents and exports show it. */
    @Override
    public String label() {
        return label;
    }
}
