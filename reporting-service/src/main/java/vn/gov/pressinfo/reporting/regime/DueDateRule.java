package vn.gov.pressinfo.reporting.regime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.pressinfo.reporting.document.Labelled;

/**
 * How a regime's submission due date (hạn gửi báo cáo) follows from the data cut-off. The API keeps the older name:
 * the regime's {@code deadlineKind} property, schema {@code DeadlineKind}.
 */
@Schema(name = "DeadlineKind")
public enum DueDateRule implements Labelled {
    /** N working days after the last day of the cut-off period. */
    WORKING_DAYS_AFTER_CUTOFF("Số ngày làm việc sau ngày chốt số liệu"),
    /** A fixed day of the month, the first such day after the cut-off, moved to the next working day if needed. */
    FIXED_DAY("Ngày cố định trong tháng");

    private final String label;

    DueDateRule(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
