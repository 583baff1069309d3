package vn.gov.pressinfo.tracing;

import java.net.URI;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.exporter.otlp.trace.OtlpGrpcSpanExporter;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.SdkTracerProviderBuilder;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.opentelemetry.semconv.ServiceAttributes;

/**
 * The application's {@link OpenTelemetry}: an SDK that batches spans to the OTLP collector of
 * {@code pressinfo.tracing.otlp-endpoint} (HTTP or gRPC) (plus any {@link SpanProcessor} beans, e.g. a test's in-memory
 * exporter), with W3C trace context propagation and {@code service.name} = {@code quarkus.application.name};
 * or {@link OpenTelemetry#noop()} when tracing is off, so that instrumented code costs next to nothing.
 * Not registered as the global instance: the suite's code gets it by injection.
 */
@ApplicationScoped
public class OpenTelemetryProducer {

    private static final Logger LOG = Logger.getLogger(OpenTelemetryProducer.class);

    @Produces
    @Singleton
    OpenTelemetry openTelemetry(TracingConfig config, @ConfigProperty(name = "quarkus.application.name") String serviceName,
            Instance<SpanProcessor> extraProcessors) {
        if (!enabled(config)) {
            return OpenTelemetry.noop();
        }
        SdkTracerProviderBuilder tracerProvider = SdkTracerProvider.builder()
                .setResource(Resource.getDefault().merge(Resource.create(Attributes.of(ServiceAttributes.SERVICE_NAME, serviceName))));
        config.otlpEndpoint().ifPresent(endpoint -> tracerProvider.addSpanProcessor(
                BatchSpanProcessor.builder(exporter(endpoint, config)).build()));
        extraProcessors.forEach(tracerProvider::addSpanProcessor);
        LOG.infof("Tracing on for %s; spans go to %s", serviceName, config.otlpEndpoint()
                .map(endpoint -> endpoint + " (OTLP " + config.otlpProtocol() + ")").orElse("the application's own span processors"));
        return OpenTelemetrySdk.builder()
                .setTracerProvider(tracerProvider.build())
                .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
                .build();
    }

    private static SpanExporter exporter(URI endpoint, TracingConfig config) {
        String base = endpoint.toString().replaceAll("/+$", "");
        return switch (config.otlpProtocol()) {
            case OtlpProtocolConverter.HTTP_PROTOBUF -> OtlpHttpSpanExporter.builder().setEndpoint(base + "/v1/traces").setTimeout(config.exportTimeout()).build();
            case OtlpProtocolConverter.GRPC -> OtlpGrpcSpanExporter.builder().setEndpoint(base).setTimeout(config.exportTimeout()).build();
            default -> throw new IllegalArgumentException(
                    "pressinfo.tracing.otlp-protocol must be http/protobuf or grpc, not " + config.otlpProtocol());
        };
    }

    /** Sends the spans still queued before the application stops. */
    void close(@Disposes OpenTelemetry openTelemetry) {
        if (openTelemetry instanceof OpenTelemetrySdk sdk) {
            sdk.shutdown().join(10, TimeUnit.SECONDS);
        }
    }

    /** On when asked for, else when there is a collector to send to. */
    static boolean enabled(TracingConfig config) {
        return config.enabled().orElse(config.otlpEndpoint().isPresent());
    }
}
