package vn.gov.pressinfo.embedded;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.utils.Time;
import org.jboss.logging.Logger;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import vn.gov.pressinfo.events.Topics;

/**
 * A real Kafka 4 broker (KRaft, broker and controller in one) running in this JVM on 127.0.0.1.
 * With a log directory it keeps its data between runs.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(KafkaBroker.class);
    /** Partitions of every domain topic (per-aggregate order holds within a partition). */
    public static final int PARTITIONS = 3;

    private final KafkaRaftServer server;
    private final int port;
    private final Path logDir;
    private final boolean temporary;

    private KafkaBroker(KafkaRaftServer server, int port, Path logDir, boolean temporary) {
        this.server = server;
        this.port = port;
        this.logDir = logDir;
        this.temporary = temporary;
    }

    /**
     * @param logDirectory where the broker keeps its logs; null for a throw-away one
     * @param port         0 for any free port
     */
    public static KafkaBroker start(Path logDirectory, int port) throws IOException {
        boolean temporary = logDirectory == null;
        Path dir = temporary ? Files.createTempDirectory("pressinfo-kafka-") : logDirectory;
        Files.createDirectories(dir);
        int brokerPort = port > 0 ? port : freePort();
        int controllerPort = freePort();

        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", dir.toAbsolutePath().toString());
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("min.insync.replicas", "1");
        p.put("default.replication.factor", "1");
        p.put("num.partitions", String.valueOf(PARTITIONS));
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("auto.create.topics.enable", "true");
        p.put("log.cleaner.backoff.ms", "1000");

        if (!Files.exists(dir.resolve("meta.properties"))) {
            format(p, dir);
        }
        KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(p, false), Time.SYSTEM);
        server.startup();
        KafkaBroker broker = new KafkaBroker(server, brokerPort, dir, temporary);
        broker.awaitReady(Duration.ofSeconds(60));
        return broker;
    }

    private static void format(Properties p, Path dir) throws IOException {
        Path config = dir.resolveSibling(dir.getFileName() + ".format.properties");
        try (OutputStream out = Files.newOutputStream(config)) {
            p.store(out, "kafka storage format");
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exit = kafka.tools.StorageTool.execute(new String[] {"format", "-t", Uuid.randomUuid().toString(), "-c",
                config.toString(), "--ignore-formatted"}, new PrintStream(output, true, StandardCharsets.UTF_8));
        Files.deleteIfExists(config);
        if (exit != 0) {
            throw new IOException("kafka storage format failed: " + output.toString(StandardCharsets.UTF_8));
        }
    }

    private void awaitReady(Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = admin()) {
            while (true) {
                try {
                    admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
                    return;
                } catch (Exception e) {
                    if (System.nanoTime() > deadline) {
                        throw new IOException("Kafka broker not ready after " + timeout, e);
                    }
                    sleep(200);
                }
            }
        }
    }

    /**
     * Creates every domain topic and its dead-letter topic (agency snapshots compacted, reorganisations on one
     * partition), if missing.
     */
    public void createSuiteTopics() throws IOException {
        List<NewTopic> topics = new ArrayList<>();
        for (String topic : Topics.ALL) {
            NewTopic main = new NewTopic(topic, Topics.SINGLE_PARTITION.contains(topic) ? 1 : PARTITIONS, (short) 1);
            if (Topics.COMPACTED.contains(topic)) {
                main.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
            }
            topics.add(main);
            topics.add(new NewTopic(Topics.deadLetter(topic), 1, (short) 1));
        }
        try (Admin admin = admin()) {
            Set<String> existing = new HashSet<>(admin.listTopics().names().get(30, TimeUnit.SECONDS));
            List<NewTopic> missing = topics.stream().filter(t -> !existing.contains(t.name())).toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
                LOG.infof("Created Kafka topics %s", missing.stream().map(NewTopic::name).toList());
            }
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IOException("could not create topics", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** Creates {@code topic} on the broker at {@code bootstrapServers} unless it exists. */
    public static void createTopic(String bootstrapServers, String topic, int partitions) throws IOException {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin admin = Admin.create(p)) {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException)) {
                throw new IOException("could not create topic " + topic, e);
            }
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IOException("could not create topic " + topic, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    public int port() {
        return port;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public Admin admin() {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        return Admin.create(p);
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
        if (temporary) {
            deleteRecursively(logDir);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteRecursively(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            LOG.debugf("could not delete %s", dir);
        }
    }
}
