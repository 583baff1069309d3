package vn.gov.pressinfo.pressresponse.deadline;

import vn.gov.pressinfo.pressresponse.document.Labelled;

/** What a deadline rule times. */
public enum DeadlineKind implements Labelled {
    /** From registration to the verdict (xác minh). */
    VERIFICATION("Thời hạn xác minh"),
    /** From an ACCURATE verdict to the agency's report that the issue is remedied (khắc phục). */
    REMEDY("Thời hạn khắc phục"),
    /** From a false-information verdict to the rebuttal being sent (phản hồi). */
    RESPONSE("Thời hạn phản hồi"),
    /** From the rebuttal being sent to the correction being published (cải chính); one rule per medium. */
    CORRECTION("Thời hạn cải chính"),
    /** From the receipt of a press inquiry to its answer: past it the inquiry is OVERDUE (chậm cung cấp thông tin). */
    INQUIRY_ANSWER("Thời hạn cung cấp thông tin"),
    /** From the receipt of a press inquiry: past it an unanswered inquiry is VERY_OVERDUE. */
    INQUIRY_VERY_OVERDUE("Mốc quá hạn nghiêm trọng"),
    /** From an incident becoming known to the lead agency's initial statement (phát ngôn ban đầu); agencies may have overrides. */
    INITIAL_STATEMENT("Thời hạn phát ngôn ban đầu");

    private final String label;

    DeadlineKind(String label) {
        this.label = label;
    }

    /** The label in Vietnamese, as documents and exports show it. */
    @Override
    public String label() {
        return label;
    }
}
