package vn.gov.pressinfo.pressresponse.correction;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The correction (cải chính) a press agency published, with the checks of the Press Law: it names the corrected
 * work, issue and date; it is at the same position and in the same typeface; online, it stays up at least 7 days
 * and the original is removed.
 */
@Entity
@Table(name = "correction")
public class Correction {

    @Id
    public UUID id;
    @Column(name = "case_id")
    public UUID caseId;
    public String url;
    @Column(name = "published_on")
    public LocalDate publishedOn;
    @Column(name = "names_corrected_work")
    public boolean namesCorrectedWork;
    @Column(name = "same_position_and_typeface")
    public boolean samePositionAndTypeface;
    /** Online media only. */
    @Column(name = "kept_online_seven_days")
    public Boolean keptOnlineSevenDays;
    /** Online media only. */
    @Column(name = "original_removed")
    public Boolean originalRemoved;
    public boolean compliant;
    @Column(name = "on_time")
    public boolean onTime;
    public String note;
    @Column(name = "recorded_by")
    public String recordedBy;
    @Column(name = "recorded_at")
    public Instant recordedAt;
}
