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
    /** Who created the row, and when. */
    @Embedded
    public CreationStamp stamp;

    /** A representative office of {@code pressAgencyId} registered by {@code actor} at {@code now}, from cleaned details. */
    static RepresentativeOffice register(UUID pressAgencyId, RepresentativeOfficeDetails details, String actor, Instant now) {
        RepresentativeOffice office = new RepresentativeOffice();
        office.id = UUID.randomUUID();
        office.pressAgencyId = pressAgencyId;
        office.address = details.address();
        office.province = details.province();
        office.head = details.head();
        office.phone = details.phone();
        office.email = details.email();
        office.licenceNumber = details.licence().number();
        office.licenceDate = details.licence().date();
        office.licenceIssuer = details.licence().issuer();
        office.stamp = CreationStamp.of(actor, now);
        return office;
    }
}
