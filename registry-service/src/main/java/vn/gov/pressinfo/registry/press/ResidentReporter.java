package vn.gov.pressinfo.registry.press;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

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
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;
}
