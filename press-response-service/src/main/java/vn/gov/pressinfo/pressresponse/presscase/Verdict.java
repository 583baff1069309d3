package vn.gov.pressinfo.pressresponse.presscase;

import vn.gov.pressinfo.pressresponse.document.Labelled;

/** The outcome of verification (kết quả xác minh), with the Vietnamese label shown to the public. */
public enum Verdict implements Labelled {
    ACCURATE("Thông tin chính xác"),
    INACCURATE("Thông tin không chính xác"),
    FALSE("Tin giả / sai sự thật"),
    MISLEADING("Gây hiểu nhầm");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    /** The label in Vietnamese. */
    @Override
    public String label() {
        return label;
    }

    /** Whether a rebuttal is due (FalseInfoFlagged). */
    public boolean flagsFalseInformation() {
        return this != ACCURATE;
    }
}
