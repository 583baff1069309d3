package vn.gov.pressinfo.registry.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A training session (tập huấn, bồi dưỡng) on press work and speaking to the press, organised for the
 * agencies' spokespersons. Who attended for which agency is recorded as {@link TrainingAttendance}.
 */
@Entity
@Table(name = "training_session")
public class TrainingSession {

    @Id
    public UUID id;
    public String title;
    @Column(name = "held_on")
    public LocalDate heldOn;
    public String organizer;
    public String location;
    public String description;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;
}
