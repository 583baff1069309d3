package vn.gov.pressinfo.notification.delivery;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.pressinfo.notification.routing.RecipientKind;
import vn.gov.pressinfo.web.list.Rows;

@Schema(name = "Delivery", description = "One notice to one recipient on one channel, with its attempts (in the detail view).")
public record DeliveryResponse(
        UUID id,
        @Schema(example = "7d0b3c1e-2f4a-4b5c-8d9e-0f1a2b3c4d5e", maxLength = 100) String eventId,
        @Schema(example = "vn.gov.pressinfo.reporting.ReportOverdue.v1", maxLength = 200) String eventType,
        Channel channel,
        @Schema(description = "Email address, subscription:<id>, agency:<id> or department.", example = "nguyenvanan@stttt.kiengiang.gov.vn",
                maxLength = 320)
        String recipient,
        RecipientKind recipientKind,
        UUID agencyId,
        DeliveryStatus status,
        @Schema(example = "1", minimum = "0", maximum = "100") int attempts,
        @Schema(description = "When the next attempt is due (PENDING, RETRYING).") Instant nextAttemptAt,
        @Schema(description = "Why the last attempt failed.", example = "SMTP: ConnectException: Connection refused",
                maxLength = DeliveryDispatcher.MAX_ERROR_LENGTH) String lastError,
        Instant createdAt,
        Instant sentAt,
        @Schema(description = "Every attempt, oldest first (the latest " + DeliveryAttemptRepository.MAX_SHOWN + " when there were more); "
                + "only in GET /api/v1/deliveries/{id} and the resend answer.", maxItems = DeliveryAttemptRepository.MAX_SHOWN)
        List<AttemptResponse> attemptLog) {

    /** The columns {@link #of(Rows)} reads, from table {@code delivery d}. */
    static final String COLUMNS = "d.id, d.event_id, d.event_type, d.channel, d.recipient, d.recipient_kind, d.agency_id, d.status, "
            + "d.attempts, d.next_attempt_at, d.last_error, d.created_at, d.sent_at";

    /** A row of the log, without its attempts (as {@link #of(Delivery, List)} with none). */
    static DeliveryResponse of(Rows r) throws SQLException {
        DeliveryStatus status = r.enumOf(DeliveryStatus.class, "status");
        return new DeliveryResponse(r.uuid("id"), r.string("event_id"), r.string("event_type"), r.enumOf(Channel.class, "channel"),
                r.string("recipient"), r.enumOf(RecipientKind.class, "recipient_kind"), r.uuid("agency_id"), status, r.int4("attempts"),
                status == DeliveryStatus.PENDING || status == DeliveryStatus.RETRYING ? r.instant("next_attempt_at") : null,
                r.string("last_error"), r.instant("created_at"), r.instant("sent_at"), null);
    }

    static DeliveryResponse of(Delivery d, List<DeliveryAttempt> attempts) {
        return new DeliveryResponse(d.id, d.eventId, d.eventType, d.channel, d.recipient, d.recipientKind, d.agencyId, d.status,
                d.attempts, d.status == DeliveryStatus.PENDING || d.status == DeliveryStatus.RETRYING ? d.nextAttemptAt : null,
                d.lastError, d.createdAt, d.sentAt, attempts == null ? null : attempts.stream().map(AttemptResponse::of).toList());
    }

    @Schema(name = "DeliveryAttempt", description = "One attempt to send.")
    public record AttemptResponse(@Schema(example = "1", minimum = "1", maximum = "100") int attempt, Instant startedAt, Instant finishedAt,
            @Schema(description = "SENT, RETRYING or FAILED.") DeliveryStatus outcome,
            @Schema(description = "Why it failed.", maxLength = DeliveryDispatcher.MAX_ERROR_LENGTH) String error) {

        static AttemptResponse of(DeliveryAttempt a) {
            return new AttemptResponse(a.attempt, a.startedAt, a.finishedAt, a.outcome, a.error);
        }
    }
}
