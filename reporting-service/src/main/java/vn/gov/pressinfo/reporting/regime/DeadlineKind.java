package vn.gov.pressinfo.reporting.regime;

/** How a regime's submission deadline (hạn gửi báo cáo) follows from the data cut-off. */
public enum DeadlineKind {
    /** N working days after the last day of the cut-off period. */
    WORKING_DAYS_AFTER_CUTOFF,
    /** A fixed day of the month, the first such day after the cut-off, moved to the next working day if needed. */
    FIXED_DAY
}
