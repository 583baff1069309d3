package vn.gov.pressinfo.registry.training;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One person who attended a training session (tập huấn, bồi dưỡng) for an agency, and whether they
 * went as the agency's spokesperson or as a substitute: whether the right person was trained counts
 * for the agency's compliance.
 */
@Entity
@Table(name = "training_attendance")
public class TrainingAttendance {

    @Id
    public UUID id;
    @Column(name = "training_id")
    public UUID trainingId;
    @Column(name = "agency_id")
    public UUID agencyId;
    @Column(name = "full_name")
    public String fullName;
    /** lower(f_unaccent(full_name)), maintained by PostgreSQL: the same person is the same folded name. */
    @Column(name = "full_name_key", insertable = false, updatable = false)
    public String fullNameKey;
    public String title;
    @Enumerated(EnumType.STRING)
    @Column(name = "attended_as")
    public AttendedAs attendedAs;
    @Column(name = "recorded_at")
    public Instant recordedAt;
    @Column(name = "recorded_by")
    public String recordedBy;
}
