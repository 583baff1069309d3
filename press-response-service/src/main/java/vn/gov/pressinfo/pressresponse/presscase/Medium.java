package vn.gov.pressinfo.pressresponse.presscase;

import vn.gov.pressinfo.pressresponse.document.Labelled;

/** The outlet's medium (loại hình báo chí); decides the correction deadline. */
public enum Medium implements Labelled {
    ONLINE("Báo điện tử"),
    PRINT("Báo in"),
    RADIO("Báo nói (phát thanh)"),
    TELEVISION("Báo hình (truyền hình)"),
    MAGAZINE("Tạp chí"),
    SOCIAL("Mạng xã hội");

    private final String label;

    Medium(String label) {
        this.label = label;
    }

    /** The label in Vietnamese, as documents and exports show it. */
    @Override
    public String label() {
        return label;
    }
}
