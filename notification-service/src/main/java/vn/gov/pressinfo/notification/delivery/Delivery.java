package vn.gov.pressinfo.notification.delivery;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.gov.pressinfo.notification.routing.RecipientKind;
import vn.gov.pressinfo.web.ProblemException;

/**
 * One notice to one recipient on one channel (lượt gửi thông báo): at most one per (event, recipient,
 * channel). The dispatcher moves it through {@link DeliveryStatus}; each attempt is a {@link DeliveryAttempt}.
 */
@Entity
@Table(name = "delivery")
public class Delivery {

    @Id
    public UUID id;
    @Column(name = "event_id")
    public String eventId;
    @Column(name = "event_type")
    public String eventType;
    @Enumerated(EnumType.STRING)
    public Channel channel;
    public String recipient;
    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_kind")
    public RecipientKind recipientKind;
    @Column(name = "agency_id")
    public UUID agencyId;
    @Enumerated(EnumType.STRING)
    public DeliveryStatus status;
    public int attempts;
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;
    @Column(name = "lease_until")
    public Instant leaseUntil;
    @Column(name = "last_error")
    public String lastError;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "sent_at")
    public Instant sentAt;

    /** Puts a finished delivery back in the queue, for a new series of attempts now. */
    public void resend(Instant now) {
        if (channel == Channel.INBOX) {
            throw ProblemException.unprocessable("channel", "In-app items are written once and are not resent.");
        }
        if (!status.canMoveTo(DeliveryStatus.PENDING)) {
            throw ProblemException.conflict("Delivery " + id + " is " + status + "; only SENT or FAILED deliveries can be resent.");
        }
        status = DeliveryStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
        leaseUntil = null;
        lastError = null;
        updatedAt = now;
    }
}
