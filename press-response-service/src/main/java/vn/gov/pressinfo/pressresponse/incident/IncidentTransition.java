package vn.gov.pressinfo.pressresponse.incident;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One recorded change of an incident's agencies (an incident has no states): a move by a reorganisation or a
 * reassignment by the department, with who, when and why.
 */
@Entity
@Table(name = "incident_transition")
public class IncidentTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "incident_id")
    public UUID incidentId;
    public String action;
    public String actor;
    public Instant at;
    public String note;

    static IncidentTransition of(UUID incidentId, String action, String actor, Instant at, String note) {
        IncidentTransition t = new IncidentTransition();
        t.incidentId = incidentId;
        t.action = action;
        t.actor = actor;
        t.at = at;
        t.note = note;
        return t;
    }
}
