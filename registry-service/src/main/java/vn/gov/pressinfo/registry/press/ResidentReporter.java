package vn.gov.pressinfo.registry.press;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.gov.pressinfo.web.persistence.CreationStamp;

/** A resident reporter (phóng viên thường trú) of a press agency, accredited for an area for a period. */
@Entity
@Table(name = "resident_reporter")
public class ResidentReporter {

    @Id
    public UUID id;
    @Column(name = "press_agency_id")
    public UUID pressAgencyId;
    @Column(name = "full_name")
    public String fullName;
    @Column(name = "press_card_number")
    public String pressCardNumber;
    public String area;
    public String phone;
    public String email;
    @Column(name = "valid_from")
    public LocalDate validFrom;
    @Column(name = "valid_to")
    public LocalDate validTo;
    /** Who created the row, and when. */
    @Embedded
    public CreationStamp stamp;

    /** A resident reporter of {@code pressAgencyId} registered by {@code actor} at {@code now}, from cleaned details. */
    static ResidentReporter register(UUID pressAgencyId, ResidentReporterDetails details, String actor, Instant now) {
        ResidentReporter reporter = new ResidentReporter();
        reporter.id = UUID.randomUUID();
        reporter.pressAgencyId = pressAgencyId;
        reporter.fullName = details.fullName();
        reporter.pressCardNumber = details.pressCardNumber();
        reporter.area = details.area();
        reporter.phone = details.phone();
        reporter.email = details.email();
        reporter.validFrom = details.validFrom();
        reporter.validTo = details.validTo();
        reporter.stamp = CreationStamp.of(actor, now);
        return reporter;
    }
}
