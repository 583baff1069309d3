package vn.gov.pressinfo.reporting.assignment;

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

/** One recorded change of an assignment: who, when, from which state to which, and why. */
@Entity
@Table(name = "assignment_transition")
public class AssignmentTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "assignment_id")
    public UUID assignmentId;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    public AssignmentState fromState;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_state")
    public AssignmentState toState;
    public String actor;
    public Instant at;
    public String note;

    public static AssignmentTransition of(UUID assignmentId, AssignmentState from, AssignmentState to, String actor, Instant at, String note) {
        AssignmentTransition t = new AssignmentTransition();
        t.assignmentId = assignmentId;
        t.fromState = from;
        t.toState = to;
        t.actor = actor;
        t.at = at;
        t.note = note;
        return t;
    }
}
