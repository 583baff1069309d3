package vn.gov.pressinfo.pressresponse.rebuttal;

/** Where a rebuttal letter stands: drafted, approved by the spokesperson or head, sent. */
public enum RebuttalStatus {
    DRAFT, APPROVED, SENT
}
