package vn.gov.pressinfo.pressresponse.statement;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A statement (phát ngôn, cung cấp thông tin cho báo chí): one act of providing information to the press, in one of the
 * six forms of Decree 09/2017 Art. 4, by a person who may speak for the agency, possibly answering a press inquiry, an
 * incident or a false-information case. Public statements and press releases are served on the public feed.
 */
@Entity
@Table(name = "statement")
public class Statement {

    @Id
    public UUID id;
    @Column(name = "agency_id")
    public UUID agencyId;
    @Column(name = "agency_name")
    public String agencyName;
    @Enumerated(EnumType.STRING)
    public InformationForm form;
    public String title;
    /** Summary or full text. */
    public String content;
    @Column(name = "spokesperson_name")
    public String spokespersonName;
    @Column(name = "spokesperson_email")
    public String spokespersonEmail;
    @Column(name = "issued_at")
    public Instant issuedAt;
    /** Press agencies present (press conference) or addressed (press release, written answer). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "press_agencies")
    public String[] pressAgencies;
    @Column(name = "inquiry_id")
    public UUID inquiryId;
    @Column(name = "incident_id")
    public UUID incidentId;
    @Column(name = "case_id")
    public UUID caseId;
    @Column(name = "is_public")
    public boolean isPublic;
    @Column(name = "recorded_at")
    public Instant recordedAt;
    @Column(name = "recorded_by")
    public String recordedBy;
    @Version
    public long version;
}
