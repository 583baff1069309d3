package vn.gov.pressinfo.reporting.compliance.published;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import vn.gov.pressinfo.reporting.compliance.ComplianceLists;

/**
 * A published compliance list (danh sách công bố): the commendation proposal or the agencies that did not perform well in a
 * period, adopted by a decision. The agencies, the issuer and the rule are snapshots taken when it was published; a
 * published list is never edited.
 */
@Entity
@Table(name = "compliance_list")
public class ComplianceList {

    @Id
    public UUID id;
    @Column(name = "period_label")
    public String periodLabel;
    @Enumerated(EnumType.STRING)
    public ComplianceListKind kind;
    @Column(name = "decision_number")
    public String decisionNumber;
    @Column(name = "decision_date")
    public LocalDate decisionDate;
    @Column(name = "decision_signer")
    public String decisionSigner;
    @Column(name = "issuer_id")
    public UUID issuerId;
    @Column(name = "issuer_name")
    public String issuerName;
    @Column(name = "issuer_code")
    public String issuerCode;
    @Column(name = "province_committee")
    public String provinceCommittee;
    public String rule;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<ComplianceLists.Entry> agencies;
    @Column(name = "agency_count")
    public int agencyCount;
    @Column(name = "published_at")
    public Instant publishedAt;
    @Column(name = "published_by")
    public String publishedBy;
}
