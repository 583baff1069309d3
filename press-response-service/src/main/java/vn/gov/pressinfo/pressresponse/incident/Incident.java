package vn.gov.pressinfo.pressresponse.incident;

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
 * An incident (vụ việc đột xuất, bất thường): an unexpected or serious event with a lead agency (chủ trì), which owes an
 * initial statement to the press by {@link #initialStatementDueAt}, and coordinating agencies (phối hợp).
 */
@Entity
@Table(name = "incident")
public class Incident {

    @Id
    public UUID id;
    public String summary;
    @Enumerated(EnumType.STRING)
    public IncidentSeverity severity;
    @Column(name = "occurred_at")
    public Instant occurredAt;
    /** When the event became known; the initial statement deadline runs from it. */
    @Column(name = "known_at")
    public Instant knownAt;
    @Column(name = "lead_agency_id")
    public UUID leadAgencyId;
    @Column(name = "lead_agency_name")
    public String leadAgencyName;
    /**
     * Returned to the press management department by a reorganisation that left the lead without a successor taking its
     * work: it waits until press-admin names another lead (chờ Sở giao lại). The deadline stands.
     */
    @Column(name = "awaiting_reassignment")
    public boolean awaitingReassignment;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "coordinating_agency_ids")
    public UUID[] coordinatingAgencyIds;
    @Column(name = "initial_statement_due_at")
    public Instant initialStatementDueAt;
    /** The legal basis of the rule or agency override that set the deadline. */
    @Column(name = "deadline_basis")
    public String deadlineBasis;
    /** When InitialStatementOverdue went out; null until then (the scan's once-only marker). */
    @Column(name = "overdue_notified_at")
    public Instant overdueNotifiedAt;
    @Column(name = "registered_at")
    public Instant registeredAt;
    @Column(name = "registered_by")
    public String registeredBy;
    @Version
    public long version;
}
