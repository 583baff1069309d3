package vn.gov.pressinfo.pressresponse.deadline;

/** What a deadline rule times. */
public enum DeadlineKind {
    /** From registration to the verdict (xác minh). */
    VERIFICATION,
    /** From an ACCURATE verdict to the agency's report that the issue is remedied (khắc phục). */
    REMEDY,
    /** From a false-information verdict to the rebuttal being sent (phản hồi). */
    RESPONSE,
    /** From the rebuttal being sent to the correction being published (cải chính); one rule per medium. */
    CORRECTION,
    /** From the receipt of a press inquiry to its answer: past it the inquiry is OVERDUE (chậm cung cấp thông tin). */
    INQUIRY_ANSWER,
    /** From the receipt of a press inquiry: past it an unanswered inquiry is VERY_OVERDUE. */
    INQUIRY_VERY_OVERDUE,
    /** From an incident becoming known to the lead agency's initial statement (phát ngôn ban đầu); agencies may have overrides. */
    INITIAL_STATEMENT
}
