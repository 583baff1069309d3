package vn.gov.pressinfo.notification.inbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An item of the in-app inbox (hộp thư thông báo) of one agency or of the department. */
@Entity
@Table(name = "inbox_item")
public class InboxItem {

    @Id
    public UUID id;
    /** {@code agency:<uuid>} or {@code department}. */
    public String audience;
    @Column(name = "agency_id")
    public UUID agencyId;
    @Column(name = "event_id")
    public String eventId;
    @Column(name = "event_type")
    public String eventType;
    public String title;
    public String summary;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "read_at")
    public Instant readAt;
    @Column(name = "read_by")
    public String readBy;

    /** Marks the item read; reading it again keeps the first reader and time. */
    public void markRead(String by, Instant at) {
        if (readAt == null) {
            readAt = at;
            readBy = by;
        }
    }
}
