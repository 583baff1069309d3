package vn.gov.pressinfo.pressresponse.pressitem;

/** The outcome of verification (kết quả xác minh), with the Vietnamese label shown to the public. */
public enum Verdict {
    ACCURATE("Thông tin chính xác"),
    INACCURATE("Thông tin không chính xác"),
    FALSE("Tin giả / sai sự thật"),
    MISLEADING("Gây hiểu nhầm");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    /** The label in Vietnamese. */
    public String label() {
        return label;
    }

    /** Whether a rebuttal is due (FalseInfoFlagged). */
    public boolean flagsFalseInformation() {
        return this != ACCURATE;
    }
}
