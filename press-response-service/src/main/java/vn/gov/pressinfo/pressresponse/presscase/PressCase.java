package vn.gov.pressinfo.pressresponse.presscase;

import java.time.Instant;
import java.time.LocalDate;
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

import vn.gov.pressinfo.web.ProblemException;

/**
 * A case (vụ việc): one press item (tin, bài) that may carry false information, followed from its detection
 * to a correction or an escalation. Its {@link #state} only changes through {@link #moveTo}, which applies
 * the transition table of {@link CaseState}.
 */
@Entity
@Table(name = "press_case")
public class PressCase {

    @Id
    public UUID id;
    @Column(name = "outlet_name")
    public String outletName;
    /** The press agency in registry, when the outlet is one. */
    @Column(name = "outlet_id")
    public UUID outletId;
    @Enumerated(EnumType.STRING)
    public Medium medium;
    public String url;
    @Column(name = "normalized_url")
    public String normalizedUrl;
    public String title;
    @Column(name = "published_at")
    public Instant publishedAt;
    public String excerpt;
    @Column(name = "concerned_agency_id")
    public UUID concernedAgencyId;
    @Column(name = "responsible_agency_id")
    public UUID responsibleAgencyId;
    @Column(name = "responsible_agency_name")
    public String responsibleAgencyName;
    /**
     * Returned to the press management department by a reorganisation that left no successor for the agency: it waits
     * until press-admin gives it to another agency (chờ Sở giao lại), in whatever open state it is.
     */
    @Column(name = "awaiting_reassignment")
    public boolean awaitingReassignment;
    @Enumerated(EnumType.STRING)
    public Topic topic;
    @Enumerated(EnumType.STRING)
    public Sensitivity sensitivity;
    @Enumerated(EnumType.STRING)
    public DetectionSource source;
    @Enumerated(EnumType.STRING)
    public CaseState state;
    @Column(name = "verification_due_date")
    public LocalDate verificationDueDate;
    @Enumerated(EnumType.STRING)
    public Verdict verdict;
    @Column(name = "verdict_reasoning")
    public String verdictReasoning;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "evidence_links")
    public String[] evidenceLinks;
    @Column(name = "verdict_at")
    public Instant verdictAt;
    @Column(name = "verdict_by")
    public String verdictBy;
    @Column(name = "remedy_due_date")
    public LocalDate remedyDueDate;
    @Column(name = "remedy_report")
    public String remedyReport;
    @Column(name = "response_due_date")
    public LocalDate responseDueDate;
    @Column(name = "correction_due_at")
    public Instant correctionDueAt;
    /** Set once, by the job that found the correction deadline passed: CorrectionOverdue went out. */
    @Column(name = "overdue_notified_at")
    public Instant overdueNotifiedAt;
    @Enumerated(EnumType.STRING)
    public EscalationKind escalation;
    @Column(name = "escalation_note")
    public String escalationNote;
    @Enumerated(EnumType.STRING)
    public Outcome outcome;
    @Column(name = "closed_at")
    public Instant closedAt;
    @Column(name = "detected_at")
    public Instant detectedAt;
    @Column(name = "detected_by")
    public String detectedBy;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;
    @Version
    public long version;
    @Column(name = "search_text", insertable = false, updatable = false)
    public String searchText;

    /**
     * Moves the case to {@code target} if the transition table allows it.
     *
     * @return the state it left
     * @throws ProblemException 409 naming the current state and the allowed ones
     */
    public CaseState moveTo(CaseState target) {
        if (!state.allows(target)) {
            throw ProblemException.conflict("Case " + id + " is " + state + " and cannot become " + target
                    + "; allowed next states: " + (state.next().isEmpty() ? "none (the case is closed)" : state.next()) + ".");
        }
        CaseState from = state;
        state = target;
        return from;
    }
}
