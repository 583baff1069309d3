package vn.gov.pressinfo.pressresponse.incident;

/** How serious an incident is (mức độ nghiêm trọng). */
public enum IncidentSeverity {
    /** Nghiêm trọng. */
    SERIOUS,
    /** Rất nghiêm trọng. */
    VERY_SERIOUS,
    /** Đặc biệt nghiêm trọng. */
    ESPECIALLY_SERIOUS
}
