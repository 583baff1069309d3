package vn.gov.pressinfo.outbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import vn.gov.pressinfo.events.EventEnvelope;
import vn.gov.pressinfo.tracing.MessagingAttributes;
import vn.gov.pressinfo.tracing.Tracing;

/**
 * What the relay adds to each send (docs/adr/0010-tracing.md): a PRODUCER span, child of the span that wrote the row,
 * from the send to the broker's acknowledgement, and the record's CloudEvents and trace headers.
 */
final class RelaySpans {

    private final Tracing tracing;

    RelaySpans(Tracing tracing) {
        this.tracing = tracing;
    }

    /** A PRODUCER span for one row's send, child of the span that wrote the row; the invalid span when tracing is off. */
    Span start(OutboxQueries.Row row) {
        if (!tracing.enabled()) {
            return Span.getInvalid();
        }
        return tracing.tracer().spanBuilder(row.topic() + " send")
                .setSpanKind(SpanKind.PRODUCER)
                .setParent(tracing.parent(row.traceparent()))
                .setAttribute(MessagingAttributes.SYSTEM, MessagingAttributes.KAFKA)
                .setAttribute(MessagingAttributes.DESTINATION, row.topic())
                .setAttribute(MessagingAttributes.OPERATION, "send")
                .setAttribute(MessagingAttributes.MESSAGE_ID, row.eventId().toString())
                .setAttribute(MessagingAttributes.KAFKA_KEY, row.key())
                .setAttribute(MessagingAttributes.EVENT_TYPE, row.type())
                .startSpan();
    }

    /** Ends a send's span when the broker answered (on the producer's I/O thread) or the send failed at once. */
    static void end(Span span, RecordMetadata metadata, Exception error) {
        if (error != null) {
            span.recordException(error);
            span.setStatus(StatusCode.ERROR, error.getMessage());
        } else if (metadata != null) {
            span.setAttribute(MessagingAttributes.PARTITION, String.valueOf(metadata.partition()));
            span.setAttribute(MessagingAttributes.KAFKA_OFFSET, metadata.offset());
        }
        span.end();
    }

    /** The CloudEvents headers, and the trace context (the send's span, else the row's own) as {@code ce_traceparent} and {@code traceparent}. */
    static List<Header> headers(OutboxQueries.Row row, Span span) {
        List<Header> headers = new ArrayList<>(
                new EventEnvelope(row.eventId().toString(), row.type(), row.source(), row.subject(), row.occurredAt()).toKafkaHeaders());
        String traceparent = span.getSpanContext().isValid() ? Tracing.traceparent(span.getSpanContext()) : row.traceparent();
        if (traceparent != null) {
            byte[] value = traceparent.getBytes(StandardCharsets.US_ASCII);
            headers.add(new RecordHeader(Tracing.CE_TRACEPARENT, value));
            headers.add(new RecordHeader(Tracing.TRACEPARENT, value));
        }
        return headers;
    }
}
