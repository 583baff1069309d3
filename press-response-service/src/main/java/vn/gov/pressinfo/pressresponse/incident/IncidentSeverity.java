package vn.gov.pressinfo.pressresponse.incident;

import vn.gov.pressinfo.pressresponse.document.Labelled;

/** How serious an incident is (mức độ nghiêm trọng). */
public enum IncidentSeverity implements Labelled {
    /** Nghiêm trọng. */
    SERIOUS("Nghiêm trọng"),
    /** Rất nghiêm trọng. */
    VERY_SERIOUS("Rất nghiêm trọng"),
    /** Đặc biệt nghiêm trọng. */
    ESPECIALLY_SERIOUS("Đặc biệt nghiêm trọng");

    private final String label;

    IncidentSeverity(String label) {
        this.label = label;
    }

    /** The label in Vietnamese, as documents and exports show it. */
    @Override
    public String label() {
        return label;
    }
}
