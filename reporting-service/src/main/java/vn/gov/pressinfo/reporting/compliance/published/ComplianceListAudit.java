package vn.gov.pressinfo.reporting.compliance.published;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One entry of a published list's audit trail: who did what, when. */
@Entity
@Table(name = "compliance_list_audit")
public class ComplianceListAudit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "list_id")
    public UUID listId;
    public String action;
    public String actor;
    public Instant at;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> detail;
}
