package vn.gov.pressinfo.registry.press;

/** The medium of a press agency; it decides, among other things, how fast a correction is due. */
public enum PressMedium {
    ONLINE,
    PRINT,
    RADIO,
    TV,
    MAGAZINE
}
