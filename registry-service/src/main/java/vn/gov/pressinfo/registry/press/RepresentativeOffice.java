package vn.gov.pressinfo.registry.press;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A representative office (văn phòng đại diện) of a press agency, licensed to operate in a province. */
@Entity
@Table(name = "representative_office")
public class RepresentativeOffice {

    @Id
    public UUID id;
    @Column(name = "press_agency_id")
    public UUID pressAgencyId;
    public String address;
    public String province;
    public String head;
    public String phone;
    public String email;
    @Column(name = "licence_number")
    public String licenceNumber;
    @Column(name = "licence_date")
    public LocalDate licenceDate;
    @Column(name = "licence_issuer")
    public String licenceIssuer;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;
}
