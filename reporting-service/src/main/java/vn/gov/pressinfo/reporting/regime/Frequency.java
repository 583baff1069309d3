package vn.gov.pressinfo.reporting.regime;

import vn.gov.pressinfo.reporting.document.Labelled;

/** How often a regime asks for a report (tần suất báo cáo). */
public enum Frequency implements Labelled {
    MONTHLY("Hằng tháng"), QUARTERLY("Hằng quý"), SIX_MONTHLY("Sáu tháng"), ANNUAL("Hằng năm"), AD_HOC("Đột xuất");

    private final String label;

    Frequency(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
