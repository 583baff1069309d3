package vn.gov.pressinfo.registry.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.gov.pressinfo.web.persistence.CreationStamp;

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
    /** Who created the row, and when. */
    @Embedded
    public CreationStamp stamp;

    /** A training session recorded by {@code actor} at {@code now}, from cleaned details. */
    static TrainingSession record(TrainingDetails details, String actor, Instant now) {
        TrainingSession training = new TrainingSession();
        training.id = UUID.randomUUID();
        training.title = details.title();
        training.heldOn = details.date();
        training.organizer = details.organizer();
        training.location = details.location();
        training.description = details.description();
        training.stamp = CreationStamp.of(actor, now);
        return training;
    }
}
