package vn.gov.pressinfo.registry.press;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.gov.pressinfo.web.persistence.AuditStamp;

/**
 * A press agency (cơ quan báo chí): a newspaper, magazine, radio or TV station or online paper, with
 * its governing body (cơ quan chủ quản) and its licence. Its representative offices and resident
 * reporters in the province hang off it; every change is kept as a {@link PressAgencyRevision}.
 */
@Entity
@Table(name = "press_agency")
public class PressAgency {

    @Id
    public UUID id;
    public String name;
    /** lower(f_unaccent(name)), maintained by PostgreSQL for accent-insensitive search. */
    @Column(name = "name_search", insertable = false, updatable = false)
    public String nameSearch;
    @Enumerated(EnumType.STRING)
    public PressMedium medium;
    @Column(name = "governing_body")
    public String governingBody;
    @Column(name = "licence_number")
    public String licenceNumber;
    @Column(name = "licence_date")
    public LocalDate licenceDate;
    @Column(name = "licence_issuer")
    public String licenceIssuer;
    public String website;
    @Enumerated(EnumType.STRING)
    public PressAgencyStatus status;
    /** Optimistic-locking version; also the ETag. */
    @Version
    public long version;
    /** Who created the row and who changed it last, and when. */
    @Embedded
    public AuditStamp stamp;

    /** Applies the details; a null status keeps the current one (ACTIVE for a new agency). */
    void apply(PressAgencyDetails details) {
        name = details.name();
        medium = details.medium();
        governingBody = details.governingBody();
        licenceNumber = details.licence().number();
        licenceDate = details.licence().date();
        licenceIssuer = details.licence().issuer();
        website = details.website();
        if (details.status() != null) {
            status = details.status();
        } else if (status == null) {
            status = PressAgencyStatus.ACTIVE;
        }
    }

    /** Whether applying {@code details} would change anything. */
    boolean differsFrom(PressAgencyDetails d) {
        return !(name.equals(d.name()) && medium == d.medium() && governingBody.equals(d.governingBody())
                && licenceNumber.equals(d.licence().number()) && licenceDate.equals(d.licence().date())
                && licenceIssuer.equals(d.licence().issuer()) && Objects.equals(website, d.website())
                && (d.status() == null || status == d.status()));
    }

    Licence licence() {
        return new Licence(licenceNumber, licenceDate, licenceIssuer);
    }

    /** A press agency registered by {@code actor} at {@code now}, from cleaned details. */
    static PressAgency register(PressAgencyDetails details, String actor, Instant now) {
        PressAgency pressAgency = new PressAgency();
        pressAgency.id = UUID.randomUUID();
        pressAgency.apply(details);
        pressAgency.stamp = AuditStamp.created(actor, now);
        return pressAgency;
    }
}
