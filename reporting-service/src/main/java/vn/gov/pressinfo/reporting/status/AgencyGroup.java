package vn.gov.pressinfo.reporting.status;

/**
 * How the appendix of a status or consolidated report groups agencies: departments and boards first, then the
 * district and commune People's Committees. Decided from the agency's type code in the read model.
 */
public enum AgencyGroup {
    /** Sở, ban, ngành cấp tỉnh (and the provincial committee itself, and other provincial bodies). */
    DEPARTMENTS_AND_BOARDS("Các sở, ban, ngành"),
    /** Ủy ban nhân dân cấp huyện, cấp xã. */
    LOCAL_COMMITTEES("Ủy ban nhân dân các huyện, thành phố, xã, phường");

    private final String label;

    AgencyGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static AgencyGroup of(String typeCode) {
        return typeCode != null && (typeCode.equals("DISTRICT") || typeCode.equals("COMMUNE") || typeCode.startsWith("COMMUNE_")
                || typeCode.equals("WARD")) ? LOCAL_COMMITTEES : DEPARTMENTS_AND_BOARDS;
    }
}
