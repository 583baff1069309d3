package vn.gov.pressinfo.events;

import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/**
 * Does the Kafka broker answer? One Admin {@code describeCluster} round trip, at most every 3 s whatever the probe
 * or scrape rate, never longer than 2.5 s. The outbox's and the consumers' health checks in the {@code kafka}
 * group share it (docs/adr/0017-readiness-without-kafka.md). Thread-safe; {@link #close()} releases the client.
 */
public final class KafkaBrokerProbe implements AutoCloseable {

    private static final long CACHE_NANOS = Duration.ofSeconds(3).toNanos();

    private final String bootstrapServers;
    private final String clientId;
    private Admin admin;
    private long checkedAt;
    private boolean checked;
    private String failure;

    public KafkaBrokerProbe(String bootstrapServers, String clientId) {
        this.bootstrapServers = bootstrapServers;
        this.clientId = clientId;
    }

    /** Null while the broker answers; the reason otherwise (the last answer, when asked again within 3 s). */
    public synchronized String failure() {
        long now = System.nanoTime();
        if (!checked || now - checkedAt >= CACHE_NANOS) {
            failure = probe();
            checked = true;
            checkedAt = System.nanoTime();
        }
        return failure;
    }

    private String probe() {
        try {
            if (admin == null) {
                Properties p = new Properties();
                p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
                p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000");
                p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "2000");
                p.put(AdminClientConfig.CLIENT_ID_CONFIG, clientId);
                admin = Admin.create(p);
            }
            admin.describeCluster(new DescribeClusterOptions().timeoutMs(2000)).clusterId().get(2500, TimeUnit.MILLISECONDS);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        } catch (Exception e) {
            return "Kafka unreachable: " + (e.getCause() == null ? e : e.getCause()).getMessage();
        }
    }

    @Override
    public synchronized void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
            admin = null;
        }
    }
}
