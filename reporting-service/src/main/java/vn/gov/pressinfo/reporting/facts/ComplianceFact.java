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

/** A fact from registry-service: an agency's spokesperson regulation was recorded, or someone attended a training. */
@Entity
@Table(name = "compliance_fact")
public class ComplianceFact {

    public enum Kind { REGULATION_RECORDED, TRAINING_ATTENDED }

    @Id
    @Column(name = "event_id")
    public UUID eventId;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    @Column(name = "agency_id")
    public UUID agencyId;
    /** The agency the event named, when a reorganisation remapped the fact to its heir; null otherwise. */
    @Column(name = "original_agency_id")
    public UUID originalAgencyId;
    /** Regulation: effective from; training: the day it was held. */
    @Column(name = "effective_on")
    public LocalDate effectiveOn;
    /** Training: the agency's spokesperson attended (not a substitute). */
    @Column(name = "right_person")
    public boolean rightPerson;
    @Column(name = "recorded_at")
    public Instant recordedAt;
}
