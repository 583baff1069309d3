package vn.gov.pressinfo.events.press;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import vn.gov.pressinfo.events.AgencyScoped;
import vn.gov.pressinfo.events.EventPayload;

/**
 * The agency sent its approved rebuttal (văn bản phản hồi) to the press agency, with the press management
 * department in copy; the correction deadline starts.
 *
 * @param caseId Id of the case (press item)
 * @param agencyId The responsible agency (defaults to the concerned agency)
 * @param agencyName The responsible agency's name
 * @param outletName The press agency or page that published the item
 * @param medium Medium of the outlet
 * @param url Address of the item
 * @param rebuttalId Id of the rebuttal letter
 * @param verdict The verdict being rebutted
 * @param channel How it was sent
 * @param recipients Who received it
 * @param approvedBy The spokesperson or head who approved it
 * @param sentAt When it was sent (UTC)
 * @param onTime Sent by the response deadline
 * @param correctionDueAt When the correction must be published by (UTC)
 */
public record RebuttalSent(
        UUID caseId,
        UUID agencyId,
        String agencyName,
        String outletName,
        String medium,
        String url,
        UUID rebuttalId,
        String verdict,
        String channel,
        List<String> recipients,
        String approvedBy,
        Instant sentAt,
        boolean onTime,
        Instant correctionDueAt) implements EventPayload, AgencyScoped {

    @Override
    public String aggregateId() {
        return caseId.toString();
    }

    public RebuttalSent {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }
}
