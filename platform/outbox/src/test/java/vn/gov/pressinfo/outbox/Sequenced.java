package vn.gov.pressinfo.outbox;

import vn.gov.pressinfo.events.EventPayload;
import vn.gov.pressinfo.events.EventType;

/** A test event: the {@code sequence}-th event of aggregate {@code aggregateId}. */
public record Sequenced(String aggregateId, int sequence, String note) implements EventPayload {

    static final String TOPIC = "test.outbox.v1";

    static final EventType<Sequenced> TYPE = new EventType<>(TOPIC, "vn.gov.pressinfo.test.Sequenced.v1", Sequenced.class,
            "schemas/test/Sequenced.v1.json");

    Sequenced(String aggregateId, int sequence) {
        this(aggregateId, sequence, "Sự kiện thử nghiệm số " + sequence);
    }
}
