package vn.gov.pressinfo.registry.agency;

/** Whether an agency still exists. Dissolution comes with reorganisations; history keeps both. */
public enum AgencyStatus {
    ACTIVE,
    DISSOLVED
}
