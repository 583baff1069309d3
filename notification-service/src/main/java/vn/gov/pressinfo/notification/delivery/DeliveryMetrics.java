package vn.gov.pressinfo.notification.delivery;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** {@code pressinfo_notification_deliveries_total{channel,status}}: attempts that ended sent, failed (given up) or retrying. */
@ApplicationScoped
public class DeliveryMetrics {

    private final MeterRegistry registry;

    public DeliveryMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void count(Channel channel, DeliveryStatus outcome) {
        Counter.builder("pressinfo.notification.deliveries")
                .description("Delivery attempts by channel and outcome (sent, failed, retrying)")
                .tag("channel", channel.name().toLowerCase(Locale.ROOT))
                .tag("status", outcome.name().toLowerCase(Locale.ROOT))
                .register(registry)
                .increment();
    }
}
