package vn.gov.pressinfo.registry.press;

import vn.gov.pressinfo.registry.Labelled;

/** The medium of a press agency; it decides, among other things, how fast a correction is due. */
public enum PressMedium implements Labelled {
    ONLINE("Báo điện tử"),
    PRINT("Báo in"),
    RADIO("Phát thanh"),
    TV("Truyền hình"),
    MAGAZINE("Tạp chí");

    private final String label;

    PressMedium(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
