package vn.gov.pressinfo.pressresponse.inquiry;

/** How late an unanswered inquiry is, derived from its clock (chậm cung cấp thông tin). */
public enum OverdueLevel {
    /** Within the answer deadline, or not awaiting the agency. */
    NONE,
    /** Past the answer deadline (default 5 working days). */
    OVERDUE,
    /** Past the very-overdue deadline (default 10 working days). */
    VERY_OVERDUE
}
