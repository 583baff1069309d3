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
 * A fact from press-response-service: false information flagged for an agency, a rebuttal it sent, or a press inquiry
 * (yêu cầu cung cấp thông tin của báo chí) it answered or refused.
 */
@Entity
@Table(name = "press_fact")
public class PressFact {

    public enum Kind { FALSE_INFO_FLAGGED, REBUTTAL_SENT, INQUIRY_ANSWERED, INQUIRY_REFUSED, INQUIRY_OVERDUE }

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
    /** For a rebuttal: sent by the response deadline; for an inquiry answered or refused: by its answer deadline. */
    @Column(name = "on_time")
    public Boolean onTime;
    /** For an inquiry answered: PARTIALLY_ANSWERED (some questions refused on legal grounds); it still counts as answered. */
    @Column(name = "partial")
    public Boolean partial;
    @Column(name = "occurred_on")
    public LocalDate occurredOn;
    @Column(name = "occurred_at")
    public Instant occurredAt;
}
