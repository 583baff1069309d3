package vn.gov.pressinfo.reporting.regime;

import vn.gov.pressinfo.reporting.document.Labelled;

/** The value type of a report indicator (chỉ tiêu). */
public enum IndicatorType implements Labelled {
    /** A non-negative whole number (a count). */
    INTEGER("Số lượng"),
    /** A number from 0 to 100. */
    PERCENTAGE("Tỷ lệ (%)"),
    /** true or false. */
    BOOLEAN("Có/Không"),
    /** A list of {@link ProvidingForm} codes, without repetition. */
    MULTI_CHOICE("Hình thức (chọn nhiều)");

    private final String label;

    IndicatorType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
