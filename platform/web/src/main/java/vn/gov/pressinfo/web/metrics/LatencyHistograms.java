package vn.gov.pressinfo.web.metrics;

import java.time.Duration;
import java.util.stream.Stream;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;

/**
 * Publishes the API latency timer {@code http.server.requests} with histogram buckets, so that Prometheus can
 * compute percentiles ({@code histogram_quantile(0.95, …http_server_requests_seconds_bucket…)}), which the
 * Grafana dashboard and the PressInfoSlowApi alert in {@code deploy/observability} use. Fixed bucket bounds
 * rather than Micrometer's full percentiles histogram (about 70 buckets per route and status): 12 buckets from
 * 5 ms to 10 s keep the series count small and bracket the latency targets of the issues (50 ms, 100 ms, 1 s).
 */
@Singleton
public class LatencyHistograms {

    static final String HTTP_SERVER_REQUESTS = "http.server.requests";

    private static final double[] BUCKETS_NANOS = Stream.of(5, 10, 25, 50, 100, 250, 500, 1_000, 2_500, 5_000, 10_000)
            .mapToDouble(ms -> Duration.ofMillis(ms).toNanos()).toArray();

    @Produces
    @Singleton
    MeterFilter httpServerRequestBuckets() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!HTTP_SERVER_REQUESTS.equals(id.getName())) {
                    return config;
                }
                return DistributionStatisticConfig.builder().serviceLevelObjectives(BUCKETS_NANOS).build().merge(config);
            }
        };
    }
}
