package vn.gov.pressinfo.events.press;

import java.time.Instant;
import java.util.UUID;

import vn.gov.pressinfo.events.AgencyScoped;
import vn.gov.pressinfo.events.EventPayload;

/**
 * An agency provided information to the press (phát ngôn, cung cấp thông tin): a statement in one of the six
 * forms of Decree 09/2017 Art. 4, possibly answering an inquiry, an incident or a false-information case.
 *
 * @param statementId Id of the statement
 * @param agencyId The agency that spoke
 * @param agencyName The agency's name
 * @param form The form of providing information
 * @param title Title of the statement
 * @param spokespersonName Who spoke, as the registry names them
 * @param issuedAt When it was held or issued (UTC)
 * @param isPublic Published on the public feed (portal syndication)
 * @param inquiryId The press inquiry it answers; null when none
 * @param incidentId The incident it speaks about; null when none
 * @param caseId The false-information case it answers; null when none
 * @param recordedBy Who recorded it (token subject)
 * @param recordedAt When it was recorded (UTC)
 */
public record StatementIssued(
        UUID statementId,
        UUID agencyId,
        String agencyName,
        String form,
        String title,
        String spokespersonName,
        Instant issuedAt,
        boolean isPublic,
        UUID inquiryId,
        UUID incidentId,
        UUID caseId,
        String recordedBy,
        Instant recordedAt) implements EventPayload, AgencyScoped {

    @Override
    public String aggregateId() {
        return statementId.toString();
    }
}
