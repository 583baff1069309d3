package vn.gov.pressinfo.registry.press;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * One row of the public list of representative offices (danh sách văn phòng đại diện), read from the view
 * {@code public_representative_office}: an office of a press agency that operates, with its press agency's name and medium.
 */
@Entity
@Immutable
@Table(name = "public_representative_office")
public class PublicRepresentativeOffice {

    @Id
    public UUID id;
    @Column(name = "press_agency_id")
    public UUID pressAgencyId;
    @Column(name = "press_agency_name")
    public String pressAgencyName;
    /** The press agency's name folded (lower case, no accents): the order of the list. */
    @Column(name = "press_agency_sort")
    public String pressAgencySort;
    @Enumerated(EnumType.STRING)
    public PressMedium medium;
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
    /** Press agency name, head, address and province, folded for an accent-insensitive search. */
    public String search;
}
