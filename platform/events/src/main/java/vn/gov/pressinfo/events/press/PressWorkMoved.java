package vn.gov.pressinfo.events.press;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import vn.gov.pressinfo.events.EventPayload;

/**
 * A reorganisation moved one open item of press work (a false-information case, a press inquiry or an incident) from
 * the agency that ended to the successor that takes its work, or handed it back to the press management department
 * for reassignment when no successor does. Published once per item and reorganisation.
 *
 * @param itemId           the case, inquiry or incident
 * @param itemKind         {@code CASE}, {@code INQUIRY} or {@code INCIDENT}
 * @param title            what it is about (headline, subject or incident title)
 * @param fromAgencyId     the agency it belonged to
 * @param fromAgencyName   that agency's name
 * @param toAgencyId       the agency it now belongs to: the successor, or the department when returned
 * @param toAgencyName     that agency's name
 * @param returnedToDepartment true when no successor took the work and the department must reassign it
 * @param reorganisationId the reorganisation
 * @param reorganisationReference its legal basis number, e.g. {@code 202/2025/QH15}
 * @param effectiveDate    the date the reorganisation applies from
 * @param movedAt          when it was moved (UTC)
 */
public record PressWorkMoved(
        UUID itemId,
        String itemKind,
        String title,
        UUID fromAgencyId,
        String fromAgencyName,
        UUID toAgencyId,
        String toAgencyName,
        boolean returnedToDepartment,
        UUID reorganisationId,
        String reorganisationReference,
        LocalDate effectiveDate,
        Instant movedAt) implements EventPayload {

    @Override
    public String aggregateId() {
        return itemId.toString();
    }
}
