package vn.gov.pressinfo.pressresponse.incident;

/** Where the lead agency's initial statement stands, derived on each read from the statements recorded. */
public enum IncidentStatus {
    /** No statement of the lead yet; the deadline has not passed. */
    AWAITING_STATEMENT,
    /** The lead spoke about the incident by the deadline. */
    STATEMENT_ON_TIME,
    /** The lead spoke about the incident, but after the deadline. */
    STATEMENT_LATE,
    /** The deadline passed and the lead has not spoken about the incident. */
    OVERDUE
}
