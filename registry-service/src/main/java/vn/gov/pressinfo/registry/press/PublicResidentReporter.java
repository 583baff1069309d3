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
 * One row of the public list of resident reporters (danh sách phóng viên thường trú), read from the view
 * {@code public_resident_reporter}: a reporter of a press agency that operates, with its name and medium. Accredited on a
 * day d when validFrom ≤ d ≤ validTo (null: open-ended).
 */
@Entity
@Immutable
@Table(name = "public_resident_reporter")
public class PublicResidentReporter {

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
    @Column(name = "full_name")
    public String fullName;
    @Column(name = "full_name_sort")
    public String fullNameSort;
    @Column(name = "press_card_number")
    public String pressCardNumber;
    public String area;
    public String phone;
    public String email;
    @Column(name = "valid_from")
    public LocalDate validFrom;
    /** Last day of the accreditation (inclusive). */
    @Column(name = "valid_to")
    public LocalDate validTo;
    /** Press agency name, reporter's name, area and press card number, folded for an accent-insensitive search. */
    public String search;
}
