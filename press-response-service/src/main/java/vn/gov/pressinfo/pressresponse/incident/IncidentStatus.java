package vn.gov.pressinfo.pressresponse.incident;

import vn.gov.pressinfo.pressresponse.document.Labelled;

/** Where the lead agency's initial statement stands, derived on each read from the statements recorded. */
public enum IncidentStatus implements Labelled {
    /** No statement of the lead yet; the deadline has not passed. */
    AWAITING_STATEMENT("Chờ phát ngôn ban đầu"),
    /** The lead spoke about the incident by the deadline. */
    STATEMENT_ON_TIME("Đã phát ngôn đúng hạn"),
    /** The lead spoke about the incident, but after the deadline. */
    STATEMENT_LATE("Đã phát ngôn nhưng quá hạn"),
    /** The deadline passed and the lead has not spoken about the incident. */
    OVERDUE("Quá hạn, chưa phát ngôn");

    private final String label;

    IncidentStatus(String label) {
        this.label = label;
    }

    /** The label in Vietnamese, as documents and exports show it. */
    @Override
    public String label() {
        return label;
    }
}
