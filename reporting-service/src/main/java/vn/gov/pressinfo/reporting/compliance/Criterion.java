package vn.gov.pressinfo.reporting.compliance;

import vn.gov.pressinfo.reporting.document.Labelled;

/** How an agency stands on one criterion of the compliance score. */
public enum Criterion implements Labelled {
    MET("Đạt"),
    NOT_MET("Không đạt"),
    /** A share criterion (inquiries answered on time) met in part: it earns its weight times the share. */
    PARTLY_MET("Đạt một phần"),
    /** Nothing to judge in the period (no report asked, no false information flagged): left out of the score. */
    NOT_APPLICABLE("Không áp dụng");

    private final String label;

    Criterion(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
