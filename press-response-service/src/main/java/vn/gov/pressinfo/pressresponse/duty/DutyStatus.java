package vn.gov.pressinfo.pressresponse.duty;

/** Whether a duty was met in a period. */
public enum DutyStatus {
    /** Enough matching statements in the closed period. */
    MET,
    /** The period closed without enough matching statements. */
    MISSED,
    /** The current period: it has not closed yet. */
    OPEN
}
