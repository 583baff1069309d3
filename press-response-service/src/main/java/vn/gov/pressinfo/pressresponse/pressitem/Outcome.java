package vn.gov.pressinfo.pressresponse.pressitem;

/** How a case ended. */
public enum Outcome {
    REMEDIED, CORRECTED, NOT_CORRECTED, SANCTIONED, WITHDRAWN, NO_ACTION_NEEDED
}
