package vn.gov.pressinfo.registry.agency;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A kind of agency (loại cơ quan), kept as data: a type can be retired (districts from 2025-07-01)
 * and stays for the history of the agencies that had it.
 */
@Entity
@Table(name = "agency_type")
public class AgencyType {

    @Id
    public String code;
    public String name;
    @Column(name = "retired_from")
    public LocalDate retiredFrom;
    @Column(name = "sort_order")
    public int sortOrder;

    /** Whether a version of an agency may have this type from {@code date} on. */
    boolean usableOn(LocalDate date) {
        return retiredFrom == null || date.isBefore(retiredFrom);
    }
}
