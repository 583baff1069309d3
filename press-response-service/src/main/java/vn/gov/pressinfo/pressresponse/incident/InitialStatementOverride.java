package vn.gov.pressinfo.pressresponse.incident;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.gov.pressinfo.web.persistence.CreationStamp;

/**
 * An agency's own initial statement deadline (thời hạn phát ngôn ban đầu của cơ quan), in hours, in force from
 * {@link #effectiveFrom} until a newer override of the same agency; it replaces the suite-wide INITIAL_STATEMENT rule.
 */
@Entity
@Table(name = "initial_statement_override")
public class InitialStatementOverride {

    @Id
    public UUID id;
    @Column(name = "agency_id")
    public UUID agencyId;
    public int hours;
    @Column(name = "effective_from")
    public LocalDate effectiveFrom;
    @Column(name = "legal_basis")
    public String legalBasis;
    /** Who created the row, and when. */
    @Embedded
    public CreationStamp stamp;
}
