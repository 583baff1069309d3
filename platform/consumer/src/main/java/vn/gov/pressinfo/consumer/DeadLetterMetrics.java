package vn.gov.pressinfo.consumer;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;

/**
 * {@code pressinfo_dlq_messages{topic}}: how many messages wait in each dead-letter topic this service's
 * consumers write to (the {@code dead-letter-queue.topic} of its incoming channels), from the topics'
 * earliest and latest offsets. Read from Kafka at most every 30 seconds; NaN while Kafka is unreachable.
 */
@ApplicationScoped
public class DeadLetterMetrics {

    private static final Logger LOG = Logger.getLogger(DeadLetterMetrics.class);
    private static final long REFRESH_NANOS = Duration.ofSeconds(30).toNanos();

    private final Config config;
    private final Map<String, Double> depth = new ConcurrentHashMap<>();
    private volatile long readAt = Long.MIN_VALUE;
    private Admin admin;

    public DeadLetterMetrics(Config config) {
        this.config = config;
    }

    void register(@Observes StartupEvent startup, MeterRegistry registry) {
        TreeSet<String> topics = new TreeSet<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith("mp.messaging.incoming.") && name.endsWith(".dead-letter-queue.topic")) {
                config.getOptionalValue(name, String.class).ifPresent(topics::add);
            }
        }
        for (String topic : topics) {
            depth.put(topic, Double.NaN);
            Gauge.builder("pressinfo.dlq.messages", this, m -> m.depth(topic)).tag("topic", topic)
                    .description("Messages in a dead-letter topic this service writes to").register(registry);
        }
    }

    double depth(String topic) {
        refresh();
        return depth.getOrDefault(topic, Double.NaN);
    }

    private synchronized void refresh() {
        long now = System.nanoTime();
        if (readAt != Long.MIN_VALUE && now - readAt < REFRESH_NANOS) {
            return;
        }
        readAt = now;
        try {
            Admin kafka = admin();
            var descriptions = kafka.describeTopics(depth.keySet()).allTopicNames().get(5, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            descriptions.forEach((topic, description) -> description.partitions().forEach(p -> {
                earliest.put(new TopicPartition(topic, p.partition()), OffsetSpec.earliest());
                latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest());
            }));
            var first = kafka.listOffsets(earliest).all().get(5, TimeUnit.SECONDS);
            var last = kafka.listOffsets(latest).all().get(5, TimeUnit.SECONDS);
            Map<String, Double> counted = new HashMap<>();
            depth.keySet().forEach(topic -> counted.put(topic, 0.0));
            last.forEach((partition, info) -> counted.merge(partition.topic(),
                    (double) (info.offset() - first.get(partition).offset()), Double::sum));
            depth.putAll(counted);
        } catch (Exception e) {
            // A dead-letter topic that does not exist yet has no messages; anything else is "unknown".
            LOG.debugf("Dead-letter metrics unavailable: %s", e.getMessage());
            depth.replaceAll((topic, value) -> Double.NaN);
        }
    }

    private Admin admin() {
        if (admin == null) {
            Properties p = new Properties();
            p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.getValue("kafka.bootstrap.servers", String.class));
            p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
            p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
            admin = Admin.create(p);
        }
        return admin;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
    }
}
