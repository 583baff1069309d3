package vn.gov.pressinfo.registry.agency;

import vn.gov.pressinfo.registry.Labelled;

/** Whether an agency still exists. Dissolution comes with reorganisations; history keeps both. */
public enum AgencyStatus implements Labelled {
    ACTIVE("Đang hoạt động"),
    DISSOLVED("Đã giải thể, sáp nhập");

    private final String label;

    AgencyStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
