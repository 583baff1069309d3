package vn.gov.pressinfo.tracing;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;

/** {@code pressinfo.tracing.*}: whether spans are recorded and where they go (docs/adr/0010-tracing.md). */
@ConfigMapping(prefix = "pressinfo.tracing")
public interface TracingConfig {

    /**
     * Record spans. When unset, tracing is on exactly when {@link #otlpEndpoint()} is set; tests switch it
     * on without an endpoint and read the spans from a span processor of their own.
     */
    Optional<Boolean> enabled();

    /**
     * Base URL of an OpenTelemetry collector's OTLP receiver: e.g. {@code http://otel-collector:4318} for
     * OTLP/HTTP (spans are posted to its {@code /v1/traces}) or {@code http://otel-collector:4317} for gRPC.
     */
    Optional<URI> otlpEndpoint();

    /** {@code http/protobuf} (the OpenTelemetry default) or {@code grpc}; anything else stops the start-up. */
    @WithDefault("http/protobuf")
    @WithConverter(OtlpProtocolConverter.class)
    String otlpProtocol();

    /** How long one export to the collector may take before the batch is dropped. */
    @WithDefault("PT10S")
    Duration exportTimeout();
}
