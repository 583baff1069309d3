package vn.gov.pressinfo.reporting.regime;

/** The value type of a report indicator (chỉ tiêu). */
public enum IndicatorType {
    /** A non-negative whole number (a count). */
    INTEGER,
    /** A number from 0 to 100. */
    PERCENTAGE,
    /** true or false. */
    BOOLEAN,
    /** A list of {@link ProvidingForm} codes, without repetition. */
    MULTI_CHOICE
}
