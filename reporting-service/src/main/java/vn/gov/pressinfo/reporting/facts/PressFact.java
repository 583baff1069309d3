package vn.gov.pressinfo.reporting.facts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A fact from press-response-service: false information flagged for an agency, a rebuttal it sent, a press inquiry
 * (yêu cầu cung cấp thông tin của báo chí) it answered, refused or left overdue, a statement it issued (phát ngôn, in one
 * of the six forms), an incident it leads (vụ việc đột xuất, bất thường) and whether its initial statement went overdue,
 * or a periodic duty to inform the press it missed.
 */
@Entity
@Table(name = "press_fact")
public class PressFact {

    public enum Kind { FALSE_INFO_FLAGGED, REBUTTAL_SENT, INQUIRY_RECEIVED, INQUIRY_ANSWERED, INQUIRY_REFUSED, INQUIRY_OVERDUE, STATEMENT_ISSUED, INCIDENT_REGISTERED, INITIAL_STATEMENT_OVERDUE,
        PRESS_DUTY_MISSED }

    @Id
    @Column(name = "event_id")
    public UUID eventId;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    /** For a case fact: the false-information case (inquiry facts leave it null). */
    @Column(name = "case_id")
    public UUID caseId;
    /** For an inquiry fact: the press inquiry (case facts leave it null). */
    @Column(name = "inquiry_id")
    public UUID inquiryId;
    @Column(name = "agency_id")
    public UUID agencyId;
    /** The agency the event named, when a reorganisation remapped the fact to its heir; null otherwise. */
    @Column(name = "original_agency_id")
    public UUID originalAgencyId;
    /** For a rebuttal: sent by the response deadline; for an inquiry answered or refused: by its answer deadline. */
    @Column(name = "on_time")
    public Boolean onTime;
    /** For an inquiry answered: PARTIALLY_ANSWERED (some questions refused on legal grounds); it still counts as answered. */
    @Column(name = "partial")
    public Boolean partial;
    /** For a statement: the statement. */
    @Column(name = "statement_id")
    public UUID statementId;
    /** For a statement: its form of providing information (PRESS_CONFERENCE, WRITTEN_ANSWER, INTERVIEW, …). */
    @Column(name = "form")
    public String form;
    /** For an incident fact: the incident; for a statement: the incident it speaks about, if any. */
    @Column(name = "incident_id")
    public UUID incidentId;
    /** For an incident fact: when the event became known. */
    @Column(name = "known_at")
    public Instant knownAt;
    /** For an incident fact: when the lead's initial statement is (or was) due. */
    @Column(name = "due_at")
    public Instant dueAt;
    /** For a missed duty: the periodic duty rule. */
    @Column(name = "duty_id")
    public UUID dutyId;
    /** For a missed duty: the closed period, e.g. 2026-11 or 2026-Q3 (occurredOn is its last day). */
    @Column(name = "period_label")
    public String periodLabel;
    /** For an inquiry refused: the codes of the legal grounds cited. */
    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.ARRAY)
    @Column(name = "grounds")
    public String[] grounds;
    /** For an inquiry refused: the grounds as the law in force that day words them, in the order of {@link #grounds}. */
    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.ARRAY)
    @Column(name = "ground_labels")
    public String[] groundLabels;
    @Column(name = "occurred_on")
    public LocalDate occurredOn;
    @Column(name = "occurred_at")
    public Instant occurredAt;
}
