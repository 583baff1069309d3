package vn.gov.pressinfo.pressresponse.duty;

import vn.gov.pressinfo.pressresponse.document.Labelled;

/** Whether a duty was met in a period. */
public enum DutyStatus implements Labelled {
    /** Enough matching statements in the closed period. */
    MET("Đã thực hiện"),
    /** The period closed without enough matching statements. */
    MISSED("Không thực hiện"),
    /** The current period: it has not closed yet. */
    OPEN("Đang trong kỳ");

    private final String label;

    DutyStatus(String label) {
        this.label = label;
    }

    /** The label in Vietnamese, as documents and exports show it. */
    @Override
    public String label() {
        return label;
    }
}
