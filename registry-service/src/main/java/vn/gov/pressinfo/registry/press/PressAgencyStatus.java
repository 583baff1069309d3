package vn.gov.pressinfo.registry.press;

/** Whether a press agency operates: active, its licence suspended, or closed (licence revoked or ended). */
public enum PressAgencyStatus {
    ACTIVE,
    SUSPENDED,
    CLOSED
}
