package vn.gov.pressinfo.pressresponse.rebuttal;

import vn.gov.pressinfo.pressresponse.document.Labelled;

/** Where a rebuttal letter stands: drafted, approved by the spokesperson or head, sent. */
public enum RebuttalStatus implements Labelled {
    DRAFT("Dự thảo"), APPROVED("Đã duyệt"), SENT("Đã gửi");

    private final String label;

    RebuttalStatus(String label) {
        this.label = label;
    }

    /** The label in Vietnamese, as documents and exports show it. */
    @Override
    public String label() {
        return label;
    }
}
