package vn.gov.pressinfo.reporting.regime;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * One dated rule of whom a regime's scheduled requests ask (đối tượng báo cáo): agencies of {@code typeCode} from
 * {@code validFrom} to {@code validTo} (null: open-ended), with the legal source that says so. Seeded by migrations
 * (the law changes: the district level ended on 1 Jul 2025) and read-only through the API.
 */
@Entity
@Immutable
@Table(name = "regime_target_type")
public class TargetTypeRule {

    @Id
    public Long id;
    @Column(name = "regime_id")
    public UUID regimeId;
    @Column(name = "type_code")
    public String typeCode;
    @Column(name = "valid_from")
    public LocalDate validFrom;
    @Column(name = "valid_to")
    public LocalDate validTo;
    @Column(name = "legal_source")
    public String legalSource;

    /** The rule is in force on {@code day}. */
    public boolean appliesOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }
}
