package vn.gov.pressinfo.consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import vn.gov.pressinfo.events.EventEnvelope;
import vn.gov.pressinfo.events.EventJson;

/**
 * An event read from Kafka: its CloudEvents attributes, its raw JSON data and where it came from.
 *
 * @param envelope the {@code ce_*} attributes
 * @param data     the record value (JSON)
 */
public record IncomingEvent(EventEnvelope envelope, String key, String data, String topic, int partition, long offset) {

    /** @throws vn.gov.pressinfo.events.InvalidEventException when the headers are not a CloudEvent */
    public static IncomingEvent from(ConsumerRecord<String, String> record) {
        return new IncomingEvent(EventEnvelope.fromKafkaHeaders(record.headers()), record.key(), record.value(),
                record.topic(), record.partition(), record.offset());
    }

    /** @throws vn.gov.pressinfo.events.InvalidEventException when the data is not a valid payload */
    public <T> T data(Class<T> type) {
        return EventJson.read(data, type);
    }

    public String id() {
        return envelope.id();
    }
}
