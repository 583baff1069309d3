package vn.gov.pressinfo.tracing;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;

/**
 * What the suite's instrumentation needs from OpenTelemetry (docs/adr/0010-tracing.md): whether tracing
 * is on, the tracer, and W3C {@code traceparent} strings in and out of the carriers that are not headers
 * of the current request (outbox rows, Kafka records).
 *
 * <p>Parents are always taken from a carrier, never from whatever context the thread holds, so a span
 * is never attached to a previous unit of work by mistake.
 */
@ApplicationScoped
public class Tracing {

    /** The W3C Trace Context header, on HTTP requests and responses and on Kafka records. */
    public static final String TRACEPARENT = "traceparent";
    /**
     * The CloudEvents distributed-tracing extension attribute {@code traceparent} as a Kafka header in
     * binary content mode.
     */
    public static final String CE_TRACEPARENT = "ce_traceparent";
    /** Instrumentation scope of the suite's own spans. */
    static final String SCOPE = "vn.gov.pressinfo";

    private static final TextMapGetter<String> SINGLE_TRACEPARENT = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String carrier) {
            return List.of(TRACEPARENT);
        }

        @Override
        public String get(String carrier, String key) {
            return TRACEPARENT.equals(key) ? carrier : null;
        }
    };

    private final boolean enabled;
    private final Tracer tracer;

    public Tracing(TracingConfig config, OpenTelemetry openTelemetry) {
        this.enabled = OpenTelemetryProducer.enabled(config);
        this.tracer = openTelemetry.getTracer(SCOPE);
    }

    /** Whether spans are recorded; when not, callers skip their instrumentation altogether. */
    public boolean enabled() {
        return enabled;
    }

    public Tracer tracer() {
        return tracer;
    }

    /** The W3C {@code traceparent} of the span current on this thread; null when tracing is off or no span is current. */
    public String currentTraceparent() {
        return enabled ? traceparent(Span.current().getSpanContext()) : null;
    }

    /**
     * The context to start a span in whose parent is the remote span {@code traceparent} names: the root
     * context (a new trace) when it is null or malformed, or when tracing is off.
     */
    public Context parent(String traceparent) {
        if (!enabled || traceparent == null || traceparent.isBlank()) {
            return Context.root();
        }
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), traceparent.trim(), SINGLE_TRACEPARENT);
    }

    /** The W3C {@code traceparent} (version 00) of a span; null for an invalid span context. */
    public static String traceparent(SpanContext spanContext) {
        if (spanContext == null || !spanContext.isValid()) {
            return null;
        }
        return "00-" + spanContext.getTraceId() + "-" + spanContext.getSpanId() + "-" + spanContext.getTraceFlags().asHex();
    }
}
