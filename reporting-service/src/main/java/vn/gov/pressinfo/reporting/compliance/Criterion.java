package vn.gov.pressinfo.reporting.compliance;

/** How an agency stands on one criterion of the compliance score. */
public enum Criterion {
    MET, NOT_MET,
    /** A share criterion (inquiries answered on time) met in part: it earns its weight times the share. */
    PARTLY_MET,
    /** Nothing to judge in the period (no report asked, no false information flagged): left out of the score. */
    NOT_APPLICABLE
}
