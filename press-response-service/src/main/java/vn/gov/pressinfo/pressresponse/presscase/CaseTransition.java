package vn.gov.pressinfo.pressresponse.presscase;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One recorded step of a case (bước xử lý): the action, the states before and after, who, when and why. */
@Entity
@Table(name = "case_transition")
public class CaseTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "case_id")
    public UUID caseId;
    public String action;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    public CaseState fromState;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_state")
    public CaseState toState;
    public String actor;
    public Instant at;
    public String note;
}
