package vn.gov.pressinfo.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;

class TracingTest {

    private final InMemorySpanExporter spans = InMemorySpanExporter.create();
    private final OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
            .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build()).build();

    @AfterEach
    void close() {
        sdk.close();
    }

    @Test
    void theCurrentSpanIsWrittenAsAW3CTraceparentAndReadBackAsTheParentOfTheNextSpan() {
        Tracing tracing = new Tracing(config(Optional.of(true), Optional.empty()), sdk);
        Span request = tracing.tracer().spanBuilder("request").startSpan();
        String traceparent;
        try (Scope ignored = request.makeCurrent()) {
            traceparent = tracing.currentTraceparent();
        } finally {
            request.end();
        }
        SpanContext context = request.getSpanContext();
        assertThat(traceparent).isEqualTo("00-" + context.getTraceId() + "-" + context.getSpanId() + "-" + context.getTraceFlags().asHex())
                .matches("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");
        assertThat(context.isSampled()).isTrue();

        tracing.tracer().spanBuilder("consumer").setParent(tracing.parent(traceparent)).startSpan().end();

        SpanData consumer = spans.getFinishedSpanItems().stream().filter(s -> s.getName().equals("consumer")).findFirst().orElseThrow();
        assertThat(consumer.getTraceId()).isEqualTo(context.getTraceId());
        assertThat(consumer.getParentSpanId()).isEqualTo(context.getSpanId());
        assertThat(consumer.getParentSpanContext().isRemote()).isTrue();
    }

    @Test
    void aMissingOrMalformedTraceparentStartsANewTrace() {
        Tracing tracing = new Tracing(config(Optional.of(true), Optional.empty()), sdk);

        assertThat(tracing.parent(null)).isSameAs(Context.root());
        assertThat(Span.fromContext(tracing.parent("00-not-a-trace-01")).getSpanContext().isValid()).isFalse();
        assertThat(Span.fromContext(tracing.parent("00-00000000000000000000000000000000-0000000000000000-01")).getSpanContext().isValid())
                .isFalse();
        assertThat(tracing.currentTraceparent()).as("no span current").isNull();
    }

    @Test
    void offByDefaultOnWithACollectorOrWhenAskedFor() {
        assertThat(OpenTelemetryProducer.enabled(config(Optional.empty(), Optional.empty()))).isFalse();
        assertThat(OpenTelemetryProducer.enabled(config(Optional.empty(), Optional.of(URI.create("http://collector:4318"))))).isTrue();
        assertThat(OpenTelemetryProducer.enabled(config(Optional.of(false), Optional.of(URI.create("http://collector:4318"))))).isFalse();
        assertThat(OpenTelemetryProducer.enabled(config(Optional.of(true), Optional.empty()))).isTrue();
    }

    @Test
    void whenOffNothingIsRecordedAndNoTraceIsPassedOn() {
        TracingConfig off = config(Optional.empty(), Optional.empty());
        OpenTelemetry openTelemetry = new OpenTelemetryProducer().openTelemetry(off, "test-service", null);
        Tracing tracing = new Tracing(off, openTelemetry);

        Span span = tracing.tracer().spanBuilder("ignored").startSpan();
        try (Scope ignored = span.makeCurrent()) {
            assertThat(span.isRecording()).isFalse();
            assertThat(tracing.currentTraceparent()).isNull();
        } finally {
            span.end();
        }
        assertThat(openTelemetry).isSameAs(OpenTelemetry.noop());
        assertThat(tracing.parent("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01")).isSameAs(Context.root());
    }

    @Test
    void anOtlpProtocolTheExportersCannotSpeakIsRefusedWithAClearMessage() {
        OtlpProtocolConverter converter = new OtlpProtocolConverter();
        assertThat(converter.convert("http/protobuf")).isEqualTo("http/protobuf");
        assertThat(converter.convert(" grpc ")).isEqualTo("grpc");
        assertThatThrownBy(() -> converter.convert("http/json"))
                .hasMessage("the OTLP protocol must be http/protobuf or grpc, not 'http/json' (http/json is not supported by the Java exporter)");
    }

    private static TracingConfig config(Optional<Boolean> enabled, Optional<URI> endpoint) {
        return new TracingConfig() {
            @Override
            public Optional<Boolean> enabled() {
                return enabled;
            }

            @Override
            public Optional<URI> otlpEndpoint() {
                return endpoint;
            }

            @Override
            public String otlpProtocol() {
                return "http/protobuf";
            }

            @Override
            public Duration exportTimeout() {
                return Duration.ofSeconds(10);
            }
        };
    }
}
