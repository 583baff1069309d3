package vn.gov.pressinfo.outbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

import io.opentelemetry.api.trace.Span;
import io.quarkus.runtime.StartupEvent;
import vn.gov.pressinfo.tracing.Tracing;

/**
 * Sends outbox rows to Kafka. Design (docs/adr/0001-outbox-relay.md):
 * <ul>
 * <li>one leader per database: the relay holds a session-level PostgreSQL advisory lock on its own
 * connection; other replicas wait and take over when that session ends;</li>
 * <li>wakes on {@code LISTEN outbox_event} (notified at commit) and polls as a fallback;</li>
 * <li>publishes unsent rows in id order with an idempotent producer and {@code acks=all}, then marks
 * them sent; on failure it stops at the first failed row, backs off exponentially and retries, so a
 * key's events are never overtaken;</li>
 * <li>deletes sent rows older than the retention period;</li>
 * <li>passes each row's trace on (docs/adr/0010-tracing.md): with tracing on, a PRODUCER span, child of
 * the row's {@code traceparent}, lasts from the send to the broker's acknowledgement, and the record's
 * {@code ce_traceparent} and {@code traceparent} headers name that span; with tracing off, the headers
 * carry the row's {@code traceparent} as it is.</li>
 * </ul>
 * Delivery is at-least-once; consumers deduplicate on the event id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Advisory lock key of the relay ("OUTBOX" in ASCII); one per database, hence one per service. */
    static final long LOCK_KEY = 0x4F5554424F58L;

    private final OutboxConfig config;
    private final RelaySpans spans;
    private final String jdbcUrl;
    private final String username;
    private final String password;
    private final String bootstrapServers;

    private volatile boolean running;
    private volatile boolean leader;
    private volatile String lastError;
    private volatile Instant lastPublishedAt;
    private volatile Connection connection;
    private Thread thread;
    private KafkaProducer<String, String> producer;

    public OutboxRelay(OutboxConfig config, Tracing tracing,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String jdbcUrl,
            @ConfigProperty(name = "quarkus.datasource.username") java.util.Optional<String> username,
            @ConfigProperty(name = "quarkus.datasource.password") java.util.Optional<String> password,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.config = config;
        this.spans = new RelaySpans(tracing);
        this.jdbcUrl = jdbcUrl;
        this.username = username.orElse("");
        this.password = password.orElse("");
        this.bootstrapServers = bootstrapServers;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.relayEnabled()) {
            start();
        }
    }

    synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    @PreDestroy
    synchronized void stop() {
        running = false;
        if (thread != null) {
            closeQuietly(connection);
            thread.interrupt();
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
        closeProducer();
    }

    private synchronized void closeProducer() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(2));
            producer = null;
        }
    }

    /** Whether this replica currently holds the relay lock. */
    public boolean isLeader() {
        return leader;
    }

    public String lastError() {
        return lastError;
    }

    public Instant lastPublishedAt() {
        return lastPublishedAt;
    }

    private void run() {
        Duration backoff = config.initialBackoff();
        while (running) {
            try (Connection c = OutboxQueries.connect(jdbcUrl, username, password)) {
                connection = c;
                try (Statement st = c.createStatement()) {
                    st.execute("LISTEN outbox_event");
                }
                PGConnection pg = c.unwrap(PGConnection.class);
                Instant nextPrune = Instant.now();
                while (running) {
                    if (!leader) {
                        leader = OutboxQueries.tryLock(c, LOCK_KEY);
                        if (!leader) {
                            pg.getNotifications(); // discard: the leader handles them
                            sleep(config.pollInterval());
                            continue;
                        }
                        LOG.info("Outbox relay is the leader for this database");
                    }
                    if (Instant.now().isAfter(nextPrune)) {
                        // Before publishing, so that old sent rows go even while Kafka is down.
                        int pruned = OutboxQueries.prune(c, config.retention());
                        if (pruned > 0) {
                            LOG.infof("Outbox relay pruned %d sent events older than %s", pruned, config.retention());
                        }
                        nextPrune = Instant.now().plus(config.pruneInterval());
                    }
                    int published;
                    try {
                        published = drain(c);
                        backoff = config.initialBackoff();
                        lastError = null;
                    } catch (PublishFailedException e) {
                        lastError = e.getMessage();
                        LOG.warnf("Outbox relay could not publish (%s); retrying in %d ms", e.getMessage(), backoff.toMillis());
                        closeProducer(); // a producer in a fatal state never recovers; start afresh
                        sleep(backoff);
                        backoff = next(backoff);
                        continue;
                    }
                    if (published < config.batchSize()) {
                        pg.getNotifications((int) Math.max(1, config.pollInterval().toMillis()));
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    lastError = e.toString();
                    LOG.warnf("Outbox relay lost its database session (%s); retrying in %d ms", e.getMessage(), backoff.toMillis());
                    sleep(backoff);
                    backoff = next(backoff);
                }
            } finally {
                leader = false;
                connection = null;
            }
        }
    }

    /** Publishes one batch of unsent rows; returns how many were sent. */
    int drain(Connection c) throws SQLException {
        List<OutboxQueries.Row> rows = OutboxQueries.unsent(c, config.batchSize());
        if (rows.isEmpty()) {
            return 0;
        }
        KafkaProducer<String, String> kafka = producer();
        List<Future<RecordMetadata>> futures = new ArrayList<>(rows.size());
        for (OutboxQueries.Row row : rows) {
            Span span = spans.start(row);
            ProducerRecord<String, String> record = new ProducerRecord<>(row.topic(), null, row.key(), row.payload(), RelaySpans.headers(row, span));
            Future<RecordMetadata> future;
            try {
                future = kafka.send(record, (metadata, error) -> RelaySpans.end(span, metadata, error));
            } catch (RuntimeException e) {
                RelaySpans.end(span, null, e);
                future = CompletableFuture.failedFuture(e); // e.g. a closed or fenced producer
            }
            futures.add(future);
            if (future.isDone() && failed(future)) {
                break; // metadata unavailable: the broker is down, do not queue the rest behind it
            }
        }
        List<Long> sent = new ArrayList<>(futures.size());
        String failure = null;
        for (int i = 0; i < futures.size(); i++) {
            try {
                futures.get(i).get(config.sendTimeout().toMillis() + 5_000, TimeUnit.MILLISECONDS);
                sent.add(rows.get(i).id());
            } catch (ExecutionException | TimeoutException e) {
                failure = (e.getCause() == null ? e : e.getCause()).toString();
                OutboxQueries.recordFailure(c, rows.get(i).id(), failure);
                break;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = "interrupted";
                break;
            }
        }
        OutboxQueries.markSent(c, sent);
        if (!sent.isEmpty()) {
            lastPublishedAt = Instant.now();
        }
        if (failure != null) {
            throw new PublishFailedException(failure);
        }
        return sent.size();
    }

    private static boolean failed(Future<?> future) {
        try {
            future.get();
            return false;
        } catch (ExecutionException e) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    private synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            Properties p = new Properties();
            p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            p.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay" + config.source().replace('/', '-'));
            p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
            p.put(ProducerConfig.ACKS_CONFIG, "all");
            p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
            p.put(ProducerConfig.LINGER_MS_CONFIG, "0");
            p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "3000");
            long delivery = Math.max(2_000, config.sendTimeout().toMillis());
            p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, String.valueOf(delivery / 2));
            p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, String.valueOf(delivery));
            p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            producer = new KafkaProducer<>(p);
        }
        return producer;
    }

    private Duration next(Duration backoff) {
        Duration doubled = backoff.multipliedBy(2);
        return doubled.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : doubled;
    }

    private void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing to unblock the relay thread on shutdown; nothing to do
            }
        }
    }

    static final class PublishFailedException extends RuntimeException {
        PublishFailedException(String message) {
            super(message);
        }
    }
}
