package vn.gov.pressinfo.reporting.status;

import vn.gov.pressinfo.reporting.document.Labelled;

/**
 * How the appendix of a status or consolidated report groups agencies (seed 003, 284/BC-STTTT): the provincial
 * departments, boards and other provincial bodies first, then the district People's Committees (only in periods before
 * the district level ended on 2025-07-01), then the commune-level People's Committees. Decided from the agency's type code
 * in the read model; the status table, its exports and the consolidated report all group with this one rule.
 */
public enum AgencyGroup implements Labelled {
    /** Sở, ban, ngành cấp tỉnh (and the provincial committee itself, and other provincial bodies). */
    DEPARTMENTS_AND_BOARDS("Các sở, ban, ngành"),
    /** Ủy ban nhân dân cấp huyện (huyện, thị xã, thành phố thuộc tỉnh), until 2025-06-30. */
    DISTRICT_COMMITTEES("UBND cấp huyện"),
    /** Ủy ban nhân dân cấp xã (xã, phường, đặc khu). */
    COMMUNE_COMMITTEES("UBND cấp xã");

    private final String label;

    AgencyGroup(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static AgencyGroup of(String typeCode) {
        if (typeCode == null) {
            return DEPARTMENTS_AND_BOARDS;
        }
        if (typeCode.equals("DISTRICT")) {
            return DISTRICT_COMMITTEES;
        }
        return typeCode.equals("COMMUNE") || typeCode.startsWith("COMMUNE_") || typeCode.equals("WARD") ? COMMUNE_COMMITTEES
                : DEPARTMENTS_AND_BOARDS;
    }
}
