package vn.gov.pressinfo.tracing;

import io.opentelemetry.api.common.AttributeKey;

/**
 * Span attributes of the outbox relay's PRODUCER spans and the idempotent consumer's CONSUMER spans,
 * named after the OpenTelemetry messaging and CloudEvents semantic conventions (still incubating there,
 * hence spelled out here rather than taken from the incubating artifact).
 */
public final class MessagingAttributes {

    public static final AttributeKey<String> SYSTEM = AttributeKey.stringKey("messaging.system");
    public static final AttributeKey<String> DESTINATION = AttributeKey.stringKey("messaging.destination.name");
    public static final AttributeKey<String> PARTITION = AttributeKey.stringKey("messaging.destination.partition.id");
    public static final AttributeKey<String> OPERATION = AttributeKey.stringKey("messaging.operation.type");
    public static final AttributeKey<String> MESSAGE_ID = AttributeKey.stringKey("messaging.message.id");
    public static final AttributeKey<String> KAFKA_KEY = AttributeKey.stringKey("messaging.kafka.message.key");
    public static final AttributeKey<Long> KAFKA_OFFSET = AttributeKey.longKey("messaging.kafka.offset");
    public static final AttributeKey<String> EVENT_TYPE = AttributeKey.stringKey("cloudevents.event_type");
    /** The consumer name of {@code IdempotentConsumer.handle} (one per effect, not the Kafka group). */
    public static final AttributeKey<String> CONSUMER = AttributeKey.stringKey("pressinfo.inbox.consumer");
    /** Whether the idempotent consumer skipped the event as already processed. */
    public static final AttributeKey<Boolean> DUPLICATE = AttributeKey.booleanKey("pressinfo.inbox.duplicate");

    /** {@code messaging.system} of every span here. */
    public static final String KAFKA = "kafka";

    private MessagingAttributes() {
    }
}
