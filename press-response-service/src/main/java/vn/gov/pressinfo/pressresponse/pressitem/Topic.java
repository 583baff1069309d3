package vn.gov.pressinfo.pressresponse.pressitem;

/** What the item is about (lĩnh vực). */
public enum Topic {
    POLICY_LAW, ECONOMY_FINANCE, HEALTH, DISASTER_EPIDEMIC, SECURITY_ORDER, FAKE_ACCOUNT, PHISHING, OTHER
}
