package vn.gov.pressinfo.notification.delivery;

/**
 * The life of a delivery. PENDING → SENDING (claimed by one replica) → SENT, or → RETRYING (due again
 * after a backoff) → SENDING …, or → FAILED after the last allowed attempt or when it cannot be sent at
 * all. A resend puts a SENT or FAILED delivery back to PENDING. {@link #canMoveTo} is the only place that
 * says which move is allowed.
 */
public enum DeliveryStatus {
    PENDING, SENDING, RETRYING, SENT, FAILED;

    public boolean canMoveTo(DeliveryStatus next) {
        return switch (this) {
            case PENDING, RETRYING -> next == SENDING || next == FAILED;
            case SENDING -> next == SENT || next == RETRYING || next == FAILED || next == SENDING;
            case SENT, FAILED -> next == PENDING;
        };
    }
}
