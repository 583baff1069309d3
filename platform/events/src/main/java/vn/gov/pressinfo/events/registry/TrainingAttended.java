package vn.gov.pressinfo.events.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import vn.gov.pressinfo.events.AgencyScoped;
import vn.gov.pressinfo.events.EventPayload;

/**
 * Someone from an agency attended a spokesperson training (tập huấn, bồi dưỡng).
 *
 * @param agencyId The agency
 * @param agencyName The agency's name
 * @param trainingId Id of the training session
 * @param attendanceId Id of the attendance record
 * @param trainingTitle Title of the session
 * @param heldOn Date the session was held
 * @param fullName Attendee
 * @param attendedAs SPOKESPERSON: the agency's spokesperson attended; SUBSTITUTE: someone else
 * @param recordedAt When recorded (UTC)
 */
public record TrainingAttended(
        UUID agencyId,
        String agencyName,
        UUID trainingId,
        UUID attendanceId,
        String trainingTitle,
        LocalDate heldOn,
        String fullName,
        String attendedAs,
        Instant recordedAt) implements EventPayload, AgencyScoped {

    @Override
    public String aggregateId() {
        return agencyId.toString();
    }
}
