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

/** A fact from press-response-service: false information flagged for an agency, or a rebuttal it sent. */
@Entity
@Table(name = "press_fact")
public class PressFact {

    public enum Kind { FALSE_INFO_FLAGGED, REBUTTAL_SENT }

    @Id
    @Column(name = "event_id")
    public UUID eventId;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    @Column(name = "case_id")
    public UUID caseId;
    @Column(name = "agency_id")
    public UUID agencyId;
    /** For a rebuttal: sent by the response deadline. */
    @Column(name = "on_time")
    public Boolean onTime;
    @Column(name = "occurred_on")
    public LocalDate occurredOn;
    @Column(name = "occurred_at")
    public Instant occurredAt;
}
