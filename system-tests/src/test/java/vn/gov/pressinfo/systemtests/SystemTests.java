package vn.gov.pressinfo.systemtests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

import vn.gov.pressinfo.local.LocalStack;
import vn.gov.pressinfo.local.LocalStack.Service;

/** What the system tests share: starting and stopping the packaged stack, waiting for an outcome. */
final class SystemTests {

    private SystemTests() {
    }

    /** The four packaged services with PostgreSQL and Kafka on free ports; no mail sink. */
    static LocalStack startStack(Path dataDir) throws IOException {
        return startStack(dataDir, builder -> {
        });
    }

    /** As {@link #startStack(Path)}, with {@code options} applied last (mail sink, service environment). */
    static LocalStack startStack(Path dataDir, Consumer<LocalStack.Builder> options) throws IOException {
        LocalStack.Builder builder = LocalStack.builder()
                .repositoryRoot(Path.of(System.getProperty("pressinfo.root", "..")))
                .dataDirectory(dataDir)
                .persistent(false)
                .freePorts()
                .mail(false)
                // C1 only: four JVMs start faster on two cores.
                .serviceJvmOptions(List.of("-XX:+UseSerialGC", "-Xmx256m", "-XX:TieredStopAtLevel=1"))
                .readinessTimeout(Duration.ofSeconds(120))
                // No report request issued by the calendar: in the days before a period's deadline reporting's
                // generator would issue it (to every commune and department), and the flows here issue their own.
                .env(Service.REPORTING, "PRESSINFO_REPORTING_REQUESTS_GENERATE", "off");
        options.accept(builder);
        return builder.start();
    }

    /** Stops the stack, keeps the service logs under {@code target/<logs>} and deletes the data. */
    static void stopStack(LocalStack stack, Path dataDir, String logs) throws IOException {
        if (stack != null) {
            stack.close();
        }
        if (dataDir != null) {
            keepLogs(dataDir.resolve("logs"), Path.of("target", logs));
            deleteRecursively(dataDir);
        }
    }

    @FunctionalInterface
    interface Check {
        void run() throws Exception;
    }

    /** Repeats {@code check} until it passes; after {@code timeout}, fails with its last failure. */
    static void eventually(String what, Duration timeout, Check check) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                check.run();
                return;
            } catch (Exception | AssertionError e) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("Not within " + timeout.toSeconds() + " s: " + what, e);
                }
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    private static void keepLogs(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".log")).toList()) {
                Files.copy(f, to.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** A Kafka admin client for the stack's broker (consumer groups, offsets, topics); close it after use. */
    static Admin admin(LocalStack stack) {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        return Admin.create(p);
    }
}
