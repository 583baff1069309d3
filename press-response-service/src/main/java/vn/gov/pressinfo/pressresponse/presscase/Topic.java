package vn.gov.pressinfo.pressresponse.presscase;

import vn.gov.pressinfo.pressresponse.document.Labelled;

/** What the item is about (lĩnh vực). */
public enum Topic implements Labelled {
    POLICY_LAW("Chính sách, pháp luật"),
    ECONOMY_FINANCE("Kinh tế, tài chính"),
    HEALTH("Y tế"),
    DISASTER_EPIDEMIC("Thiên tai, dịch bệnh"),
    SECURITY_ORDER("An ninh, trật tự"),
    FAKE_ACCOUNT("Giả mạo tài khoản, trang thông tin"),
    PHISHING("Lừa đảo trực tuyến"),
    OTHER("Lĩnh vực khác");

    private final String label;

    Topic(String label) {
        this.label = label;
    }

    /** The label in Vietnamese, as documents and exports show it. */
    @Override
    public String label() {
        return label;
    }
}
