package vn.gov.pressinfo.notification.preference;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.gov.pressinfo.notification.delivery.Channel;
import vn.gov.pressinfo.web.persistence.CreationStamp;

/** A recipient's choice (tùy chọn nhận thông báo) not to receive one event type on one channel. */
@Entity
@Table(name = "preference")
public class Preference {

    @Id
    public UUID id;
    /** {@code agency:<uuid>} or {@code department}. */
    public String audience;
    @Column(name = "event_type")
    public String eventType;
    @Enumerated(EnumType.STRING)
    public Channel channel;
    /** Who created the row, and when. */
    @Embedded
    public CreationStamp stamp;
}
