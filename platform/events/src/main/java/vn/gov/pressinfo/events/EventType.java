package vn.gov.pressinfo.events;

import java.util.Objects;

/**
 * Describes one kind of domain event: the topic it travels on, its CloudEvents {@code type}, the
 * Java record of its data and the JSON Schema that documents that data.
 *
 * @param topic       Kafka topic, e.g. {@code registry.agencies.v1}
 * @param type        CloudEvents type, e.g. {@code vn.gov.pressinfo.registry.AgencyChanged.v1}
 * @param payloadType the record class of the event data
 * @param schema      classpath resource of the JSON Schema of the data
 * @param <T>         the payload record
 */
public record EventType<T extends EventPayload>(String topic, String type, Class<T> payloadType, String schema) {

    public EventType {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payloadType, "payloadType");
        Objects.requireNonNull(schema, "schema");
    }

    /** The dead-letter topic that goes with {@link #topic()}. */
    public String deadLetterTopic() {
        return Topics.deadLetter(topic);
    }
}
