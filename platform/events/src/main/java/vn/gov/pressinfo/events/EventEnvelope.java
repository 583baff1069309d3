package vn.gov.pressinfo.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeader;

/**
 * The CloudEvents 1.0 attributes of one event, independent of its data.
 *
 * <p>{@link #toKafkaHeaders()} and {@link #fromKafkaHeaders(Headers)} implement the Kafka binary
 * content mode: each attribute is a {@code ce_*} header, the data is the record value (JSON) and the
 * record key is the {@link #subject()} (the aggregate id).
 *
 * @param id      unique event id (UUID); consumers deduplicate on it
 * @param type    e.g. {@code vn.gov.pressinfo.registry.AgencyChanged.v1}
 * @param source  the producing service, e.g. {@code /pressinfo/registry-service}
 * @param subject the aggregate id
 * @param time    when the change happened (UTC)
 */
public record EventEnvelope(String id, String type, String source, String subject, Instant time) {

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
    }

    /** A new envelope with a random id, for an event of {@code type} about {@code payload}'s aggregate. */
    public static EventEnvelope create(EventType<?> type, String source, EventPayload payload, Instant time) {
        return new EventEnvelope(UUID.randomUUID().toString(), type.type(), source, payload.aggregateId(), time);
    }

    /** The {@code ce_*} headers plus {@code content-type: application/json}. */
    public List<Header> toKafkaHeaders() {
        List<Header> headers = new ArrayList<>(7);
        headers.add(header(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0));
        headers.add(header(CloudEventHeaders.ID, id));
        headers.add(header(CloudEventHeaders.TYPE, type));
        headers.add(header(CloudEventHeaders.SOURCE, source));
        if (subject != null) {
            headers.add(header(CloudEventHeaders.SUBJECT, subject));
        }
        if (time != null) {
            headers.add(header(CloudEventHeaders.TIME, time.toString()));
        }
        headers.add(header(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON));
        return headers;
    }

    /**
     * Reads the attributes back from Kafka headers.
     *
     * @throws InvalidEventException when a required attribute is missing or malformed
     */
    public static EventEnvelope fromKafkaHeaders(Headers headers) {
        String specVersion = text(headers, CloudEventHeaders.SPEC_VERSION);
        if (!CloudEventHeaders.SPEC_VERSION_1_0.equals(specVersion)) {
            throw new InvalidEventException("missing or unsupported " + CloudEventHeaders.SPEC_VERSION + ": " + specVersion);
        }
        String id = required(headers, CloudEventHeaders.ID);
        String type = required(headers, CloudEventHeaders.TYPE);
        String source = required(headers, CloudEventHeaders.SOURCE);
        String time = text(headers, CloudEventHeaders.TIME);
        Instant instant;
        try {
            instant = time == null ? null : Instant.parse(time);
        } catch (RuntimeException e) {
            throw new InvalidEventException("malformed " + CloudEventHeaders.TIME + ": " + time);
        }
        return new EventEnvelope(id, type, source, text(headers, CloudEventHeaders.SUBJECT), instant);
    }

    private static String required(Headers headers, String name) {
        String value = text(headers, name);
        if (value == null || value.isBlank()) {
            throw new InvalidEventException("missing header " + name);
        }
        return value;
    }

    private static String text(Headers headers, String name) {
        Header header = headers == null ? null : headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static Header header(String name, String value) {
        return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
