package vn.gov.pressinfo.pressresponse.inquiry;

import vn.gov.pressinfo.pressresponse.document.Labelled;

/** How late an unanswered inquiry is, derived from its clock (chậm cung cấp thông tin). */
public enum OverdueLevel implements Labelled {
    /** Within the answer deadline, or not awaiting the agency. */
    NONE("Trong hạn"),
    /** Past the answer deadline (default 5 working days). */
    OVERDUE("Quá hạn"),
    /** Past the very-overdue deadline (default 10 working days). */
    VERY_OVERDUE("Quá hạn nghiêm trọng");

    private final String label;

    OverdueLevel(String label) {
        this.label = label;
    }

    /** The label in Vietnamese, as documents and exports show it. */
    @Override
    public String label() {
        return label;
    }
}
