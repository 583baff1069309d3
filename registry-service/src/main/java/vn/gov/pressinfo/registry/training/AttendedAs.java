package vn.gov.pressinfo.registry.training;

import vn.gov.pressinfo.registry.Labelled;

/** In which capacity someone attended a training for an agency: the spokesperson in person, or someone sent instead. */
public enum AttendedAs implements Labelled {
    SPOKESPERSON("Người phát ngôn"),
    SUBSTITUTE("Người dự thay");

    private final String label;

    AttendedAs(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
