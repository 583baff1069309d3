package vn.gov.pressinfo.notification.delivery;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.agroal.api.AgroalDataSource;
import vn.gov.pressinfo.notification.inbox.PlannedInboxItem;

/**
 * Writes an event's deliveries and in-app items with batched inserts in the caller's transaction (the
 * consumer's, together with its inbox record). {@code ON CONFLICT DO NOTHING} on the unique keys
 * (event, recipient, channel) and (event, audience) makes a second write of the same event a no-op, so
 * a duplicate, a replay or a race between replicas cannot produce a second delivery.
 */
@ApplicationScoped
public class DeliveryInsertQueries {

    private final AgroalDataSource dataSource;

    public DeliveryInsertQueries(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** @return how many deliveries were new */
    @Transactional(Transactional.TxType.MANDATORY)
    public int write(StoredEvent event, List<PlannedDelivery> deliveries, List<PlannedInboxItem> items, Instant now) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO notification_event (event_id, event_type, source, subject, "
                    + "event_time, data, received_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                ps.setString(1, event.id());
                ps.setString(2, event.type());
                ps.setString(3, event.source());
                ps.setString(4, event.subject());
                ps.setTimestamp(5, event.time() == null ? null : Timestamp.from(event.time()));
                ps.setString(6, event.data());
                ps.setTimestamp(7, Timestamp.from(now));
                ps.executeUpdate();
            }
            int created = 0;
            if (!deliveries.isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO delivery (id, event_id, event_type, channel, recipient, "
                        + "recipient_kind, agency_id, status, attempts, next_attempt_at, last_error, created_at, updated_at, sent_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                    Timestamp ts = Timestamp.from(now);
                    for (PlannedDelivery d : deliveries) {
                        ps.setObject(1, UUID.randomUUID());
                        ps.setString(2, event.id());
                        ps.setString(3, event.type());
                        ps.setString(4, d.channel().name());
                        ps.setString(5, d.recipient());
                        ps.setString(6, d.kind().name());
                        ps.setObject(7, d.agencyId(), Types.OTHER);
                        ps.setString(8, d.status().name());
                        ps.setTimestamp(9, ts);
                        ps.setString(10, d.error());
                        ps.setTimestamp(11, ts);
                        ps.setTimestamp(12, ts);
                        ps.setTimestamp(13, d.status() == DeliveryStatus.SENT ? ts : null);
                        ps.addBatch();
                    }
                    for (int n : ps.executeBatch()) {
                        created += Math.max(n, 0);
                    }
                }
            }
            if (!items.isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO inbox_item (id, audience, agency_id, event_id, event_type, "
                        + "title, summary, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                    for (PlannedInboxItem item : items) {
                        ps.setObject(1, UUID.randomUUID());
                        ps.setString(2, item.audience().key());
                        ps.setObject(3, item.audience().agencyId(), Types.OTHER);
                        ps.setString(4, event.id());
                        ps.setString(5, event.type());
                        ps.setString(6, item.title());
                        ps.setString(7, item.summary());
                        ps.setTimestamp(8, Timestamp.from(now));
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
            return created;
        } catch (SQLException e) {
            throw new IllegalStateException("could not store the deliveries of event " + event.id(), e);
        }
    }
}
