package vn.gov.pressinfo.reporting.regime;

/** How often a regime asks for a report (tần suất báo cáo). */
public enum Frequency {
    MONTHLY, QUARTERLY, SIX_MONTHLY, ANNUAL, AD_HOC
}
