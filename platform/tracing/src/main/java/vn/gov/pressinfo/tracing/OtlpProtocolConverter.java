package vn.gov.pressinfo.tracing;

import org.eclipse.microprofile.config.spi.Converter;

/**
 * Reads {@code pressinfo.tracing.otlp-protocol} (by default {@code OTEL_EXPORTER_OTLP_PROTOCOL}) and refuses
 * what the OTLP exporters in use cannot speak, so that a wrong value stops the service at start-up with
 * this message instead of failing every request that would record a span.
 */
public class OtlpProtocolConverter implements Converter<String> {

    static final String HTTP_PROTOBUF = "http/protobuf";
    static final String GRPC = "grpc";

    @Override
    public String convert(String value) {
        String protocol = value == null ? "" : value.trim();
        if (protocol.equals(HTTP_PROTOBUF) || protocol.equals(GRPC)) {
            return protocol;
        }
        throw new IllegalArgumentException("the OTLP protocol must be " + HTTP_PROTOBUF + " or " + GRPC + ", not '" + value
                + "' (http/json is not supported by the Java exporter)");
    }
}
