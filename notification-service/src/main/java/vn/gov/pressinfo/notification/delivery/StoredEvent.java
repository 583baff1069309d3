package vn.gov.pressinfo.notification.delivery;

import java.time.Instant;

/** The CloudEvent a delivery is about, as received: attributes and JSON data. */
public record StoredEvent(String id, String type, String source, String subject, Instant time, String data) {
}
