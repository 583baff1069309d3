package vn.gov.pressinfo.events.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import vn.gov.pressinfo.events.EventPayload;

/**
 * A press card (thẻ nhà báo) as it now stands, after it was recorded, suspended, revoked or reinstated: agencies
 * check visiting journalists against it.
 *
 * @param number The card number, upper case
 * @param holderName Holder's full name
 * @param pressAgencyId The holder's press agency
 * @param pressAgencyName The press agency's name
 * @param validUntil Last day the card is valid
 * @param status ACTIVE, SUSPENDED (thẻ bị tạm đình chỉ) or REVOKED (thẻ bị thu hồi)
 * @param statusReason The decision behind a suspension or revocation; null while ACTIVE
 * @param changedBy Who recorded the change
 * @param changedAt When (UTC)
 */
public record PressCardChanged(
        String number,
        String holderName,
        UUID pressAgencyId,
        String pressAgencyName,
        LocalDate validUntil,
        String status,
        String statusReason,
        String changedBy,
        Instant changedAt) implements EventPayload {

    @Override
    public String aggregateId() {
        return pressAgencyId.toString();
    }
}
