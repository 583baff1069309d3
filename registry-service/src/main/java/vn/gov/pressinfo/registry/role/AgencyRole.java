package vn.gov.pressinfo.registry.role;

import vn.gov.pressinfo.registry.Labelled;

/**
 * A function that one agency at a time holds for a period. Kept as an enum because each role has
 * meaning in code (who receives spokesperson notices, who consolidates reports); its holders are data.
 */
public enum AgencyRole implements Labelled {
    /**
     * The press management department of the province (cơ quan quản lý nhà nước về báo chí của tỉnh):
     * the Department of Information and Communications until 2025-02-28, the Department of Culture,
     * Sports and Tourism from 2025-03-01 in most provinces.
     */
    PRESS_MANAGEMENT_DEPARTMENT("Cơ quan quản lý nhà nước về báo chí của tỉnh");

    private final String label;

    AgencyRole(String label) {
        this.label = label;
    }

    /** The role in Vietnamese, as documents print it (V6__agency_role_events.sql repeats it). */
    @Override
    public String label() {
        return label;
    }
}
