package vn.gov.pressinfo.registry.press;

import vn.gov.pressinfo.registry.Labelled;

/** Whether a press agency operates: active, its licence suspended, or closed (licence revoked or ended). */
public enum PressAgencyStatus implements Labelled {
    ACTIVE("Đang hoạt động"),
    SUSPENDED("Tạm đình chỉ hoạt động"),
    CLOSED("Đã chấm dứt hoạt động");

    private final String label;

    PressAgencyStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
