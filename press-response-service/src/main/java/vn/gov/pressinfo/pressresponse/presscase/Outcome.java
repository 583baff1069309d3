package vn.gov.pressinfo.pressresponse.presscase;

import vn.gov.pressinfo.pressresponse.document.Labelled;

/** How a case ended. */
public enum Outcome implements Labelled {
    REMEDIED("Đã khắc phục"),
    CORRECTED("Đã cải chính"),
    NOT_CORRECTED("Không cải chính"),
    SANCTIONED("Đã xử phạt"),
    WITHDRAWN("Rút, hủy vụ việc"),
    NO_ACTION_NEEDED("Không cần xử lý");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    /** The label in Vietnamese, as documents and exports show it. */
    @Override
    public String label() {
        return label;
    }
}
