package vn.gov.pressinfo.pressresponse.rebuttal;

/** How a rebuttal letter was sent. */
public enum Channel {
    EMAIL, POST, OFFICIAL_DOCUMENT_SYSTEM, HAND_DELIVERY
}
