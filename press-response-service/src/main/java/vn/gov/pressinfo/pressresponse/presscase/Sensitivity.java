package vn.gov.pressinfo.pressresponse.presscase;

import vn.gov.pressinfo.pressresponse.document.Labelled;

/** How sensitive the item is: normal, sensitive (nhạy cảm) or hot (nóng). */
public enum Sensitivity implements Labelled {
    NORMAL("Thông thường"), SENSITIVE("Nhạy cảm"), HOT("Nóng");

    private final String label;

    Sensitivity(String label) {
        this.label = label;
    }

    /** The label in Vietnamese, as documents and exports show it. */
    @Override
    public String label() {
        return label;
    }
}
