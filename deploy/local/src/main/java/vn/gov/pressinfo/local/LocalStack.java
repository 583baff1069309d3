package vn.gov.pressinfo.local;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import vn.gov.pressinfo.embedded.PostgresServer;

/**
 * The whole suite on this machine: a real PostgreSQL (one database per service), a real Kafka broker in
 * this JVM, an SMTP sink (GreenMail standalone: SMTP, IMAP and a REST API over received mail) and the
 * four packaged services as child processes. Used by {@code deploy/local/up} ({@link Up}) and by the
 * system tests.
 *
 * <pre>{@code
 * try (LocalStack stack = LocalStack.builder().repositoryRoot(root).freePorts().start()) {
 *     URI registry = stack.baseUrl(LocalStack.Service.REGISTRY);
 * }
 * }</pre>
 *
 * <p>Stopping (close, or the JVM shutdown hook on Ctrl-C) goes services (SIGTERM, then SIGKILL after a
 * timeout), mail sink, Kafka, PostgreSQL. Child PIDs are kept in {@code <data>/run}; a later start stops
 * children that a killed launcher left behind, after checking that the PID still runs the expected jar.
 *
 * <p>This class is the API and its {@link Builder}. Behind it: {@link StackLifecycle} keeps the order of
 * starting and stopping; the work is done by {@link DataFolder} (lock, leftovers, logs, PID files),
 * {@link PortAllocation}, {@link Infrastructure} (PostgreSQL, Kafka, mail sink), {@link ServiceProcesses}
 * and {@link ReadinessWait}, which share one {@link StackLock}.
 */
public final class LocalStack implements AutoCloseable {

    /** The services of the suite: artifact (= folder), database and default local port. */
    public enum Service {
        REGISTRY("registry-service", "registry", 8081),
        REPORTING("reporting-service", "reporting", 8082),
        PRESS_RESPONSE("press-response-service", "press_response", 8083),
        NOTIFICATION("notification-service", "notification", 8084);

        private final String artifactId;
        private final String database;
        private final int defaultPort;

        Service(String artifactId, String database, int defaultPort) {
            this.artifactId = artifactId;
            this.database = database;
            this.defaultPort = defaultPort;
        }

        /** Module folder and Maven artifact, also the Quarkus application name. */
        public String artifactId() {
            return artifactId;
        }

        public String database() {
            return database;
        }

        public int defaultPort() {
            return defaultPort;
        }

        /** By artifact id ({@code reporting-service}), short name ({@code reporting}) or constant name. */
        public static Service of(String name) {
            String n = name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
            for (Service s : values()) {
                if (s.artifactId.equals(n) || s.artifactId.equals(n + "-service") || s.name().equalsIgnoreCase(name.trim())) {
                    return s;
                }
            }
            throw new IllegalArgumentException("unknown service '" + name + "'; one of "
                    + Stream.of(values()).map(Service::artifactId).collect(Collectors.joining(", ")));
        }

        @Override
        public String toString() {
            return artifactId;
        }
    }

    public static final String HOST = "127.0.0.1";
    /** The embedded server trusts local connections; the services still send this. */
    public static final String DB_USER = PostgresServer.USER;
    public static final String DB_PASSWORD = "postgres";

    private final StackOptions options;
    private final StackLifecycle lifecycle;

    private LocalStack(StackOptions options) {
        this.options = options;
        this.lifecycle = new StackLifecycle(options);
    }

    public static Builder builder() {
        return new Builder();
    }

    // ------------------------------------------------------------------ one service

    /** Stops one service (SIGTERM, then SIGKILL after the stop timeout). */
    public void stopService(Service s) {
        lifecycle.processes().stop(s);
    }

    /**
     * Starts a stopped service and waits until it is ready.
     *
     * @param extraEnv added to (and overriding) the environment given to the builder, e.g.
     *                 {@code MP_MESSAGING_INCOMING_REGISTRY_AGENCIES_GROUP_ID} for a new consumer group
     */
    public void startService(Service s, Map<String, String> extraEnv) throws IOException {
        lifecycle.processes().start(s, extraEnv);
    }

    /** {@link #stopService(Service)} then {@link #startService(Service, Map)}. */
    public void restartService(Service s, Map<String, String> extraEnv) throws IOException {
        stopService(s);
        startService(s, extraEnv);
    }

    // ------------------------------------------------------------------ fault drills

    /** Stops the Kafka broker, keeping its data; the services stay up and must cope. */
    public void stopKafka() {
        lifecycle.infrastructure().stopKafka();
    }

    /** Starts the Kafka broker again on the same port with the same data. */
    public void startKafka() {
        lifecycle.infrastructure().startKafka();
    }

    /** Stops PostgreSQL, keeping its data; the services stay up and must cope. */
    public void stopPostgres() throws IOException {
        lifecycle.infrastructure().stopPostgres();
    }

    /** Starts PostgreSQL again on the same port with the same data. */
    public void startPostgres() {
        lifecycle.infrastructure().startPostgres();
    }

    /** Kills a service with SIGKILL, as a crashed node would die: no shutdown hook, no graceful stop. */
    public void killService(Service s) {
        lifecycle.processes().kill(s);
    }

    // ------------------------------------------------------------------ where things are

    /** {@code http://127.0.0.1:PORT} of a service. */
    public URI baseUrl(Service s) {
        return lifecycle.ports().baseUrl(s);
    }

    public URI healthUrl(Service s) {
        return lifecycle.processes().healthUrl(s);
    }

    public String jdbcUrl(Service s) {
        return jdbcUrl(s.database());
    }

    public String jdbcUrl(String database) {
        return lifecycle.infrastructure().jdbcUrl(database);
    }

    public int postgresPort() {
        return lifecycle.infrastructure().postgresPort();
    }

    public String kafkaBootstrapServers() {
        return lifecycle.infrastructure().kafkaBootstrapServers();
    }

    public int smtpPort() {
        return lifecycle.infrastructure().smtpPort();
    }

    public int imapPort() {
        return lifecycle.infrastructure().imapPort();
    }

    /** GreenMail's REST API: {@code /api/user}, {@code /api/user/{address}/messages/INBOX}, {@code /api/mail/purge}. */
    public URI mailApiUrl() {
        return lifecycle.infrastructure().mailApiUrl();
    }

    public boolean hasMail() {
        return options.mail;
    }

    public Set<Service> services() {
        return EnumSet.copyOf(options.services);
    }

    /** PID of a running service, or -1. */
    public long pid(Service s) {
        return lifecycle.processes().pid(s);
    }

    /** PID of the mail sink, or -1. */
    public long mailPid() {
        return lifecycle.infrastructure().mailPid();
    }

    public Path logFile(Service s) {
        return lifecycle.folder().logFile(s.artifactId());
    }

    /** The services' JDK and start-up archive, for people: path, release, archive kind. */
    public String serviceRuntime() {
        return options.serviceRuntime.describe();
    }

    public Path repositoryRoot() {
        return lifecycle.root();
    }

    public Path dataDirectory() {
        return lifecycle.folder().directory();
    }

    public Path logDirectory() {
        return lifecycle.folder().logs();
    }

    /** From the start of {@link Builder#start()} until every service answered ready. */
    public Duration startupTime() {
        return lifecycle.startupTime();
    }

    // ------------------------------------------------------------------ stop

    /** Stops services, mail sink, Kafka and PostgreSQL, in that order. Idempotent. */
    @Override
    public void close() {
        lifecycle.close();
    }

    // ------------------------------------------------------------------ builder

    /** Options of a local stack; every port may be 0 for a free one. */
    public static final class Builder {
        private final StackOptions options = new StackOptions();

        private Builder() {
        }

        /** The repository checkout whose {@code <service>/target/quarkus-app} jars are started. */
        public Builder repositoryRoot(Path root) {
            options.root = root;
            return this;
        }

        /** Where PostgreSQL, Kafka, logs and PID files live; default {@code <root>/.local}. */
        public Builder dataDirectory(Path dataDir) {
            options.dataDir = dataDir;
            return this;
        }

        /**
         * False for tests: PostgreSQL and Kafka keep their data in throw-away folders (PostgreSQL without
         * fsync); logs and PID files still go to the data folder. Default true.
         */
        public Builder persistent(boolean persistent) {
            options.persistent = persistent;
            return this;
        }

        /** Deletes the data folder's content first (after stopping what an earlier run left). */
        public Builder reset(boolean reset) {
            options.reset = reset;
            return this;
        }

        public Builder postgresPort(int port) {
            options.postgresPort = port;
            return this;
        }

        public Builder kafkaPort(int port) {
            options.kafkaPort = port;
            return this;
        }

        public Builder smtpPort(int port) {
            options.smtpPort = port;
            return this;
        }

        public Builder imapPort(int port) {
            options.imapPort = port;
            return this;
        }

        /** Port of GreenMail's REST API (and its web page). */
        public Builder mailApiPort(int port) {
            options.mailApiPort = port;
            return this;
        }

        /** Whether to start the mail sink; default true. */
        public Builder mail(boolean mail) {
            options.mail = mail;
            return this;
        }

        public Builder greenMailJar(Path jar) {
            options.greenMailJar = jar;
            return this;
        }

        public Builder servicePort(Service s, int port) {
            options.servicePorts.put(s, port);
            return this;
        }

        /** Every port 0: the stack picks free ones (tests). */
        public Builder freePorts() {
            options.postgresPort = 0;
            options.kafkaPort = 0;
            options.smtpPort = 0;
            options.imapPort = 0;
            options.mailApiPort = 0;
            for (Service s : Service.values()) {
                options.servicePorts.put(s, 0);
            }
            return this;
        }

        /** Which services to start; default all four. */
        public Builder services(Collection<Service> which) {
            if (which.isEmpty()) {
                throw new IllegalArgumentException("at least one service");
            }
            options.services.clear();
            options.services.addAll(which);
            return this;
        }

        public Builder services(Service first, Service... more) {
            return services(EnumSet.of(first, more));
        }

        /** Extra environment of one service (overrides the stack's own variables). */
        public Builder env(Service s, String name, String value) {
            options.env.computeIfAbsent(s, k -> new LinkedHashMap<>()).put(name, value);
            return this;
        }

        public Builder env(Service s, Map<String, String> variables) {
            options.env.computeIfAbsent(s, k -> new LinkedHashMap<>()).putAll(variables);
            return this;
        }

        /**
         * JVM options of each service after {@code -Dquarkus.profile=local}, instead of the default ones (those of the
         * container images: SerialGC, 80 MB heap, C1 only, ...). The AppCDS archive, when the build made one, is added.
         */
        public Builder serviceJvmOptions(List<String> options) {
            this.options.serviceJvmOptions = List.copyOf(options);
            return this;
        }

        /**
         * The JDK that runs the services: {@code null} for the newest installed JDK 25 or later, whose AOT cache a
         * training start makes once per build (ADR 22), else the launcher's; or the home of a JDK. Default: the
         * launcher's JDK with the build's AppCDS archive.
         */
        public Builder serviceJavaHome(Path home) {
            if (home == null) {
                options.serviceRuntime = ServiceRuntime.preferred();
            } else {
                options.serviceRuntime = ServiceRuntime.ofHome(home)
                        .orElseThrow(() -> new IllegalArgumentException(home + " is not a JDK (no release file or bin/java)"));
            }
            return this;
        }

        public Builder readinessTimeout(Duration timeout) {
            options.readinessTimeout = timeout;
            return this;
        }

        /** How long a service gets after SIGTERM before it is killed. */
        public Builder stopTimeout(Duration timeout) {
            options.stopTimeout = timeout;
            return this;
        }

        /** Where progress lines go; default the java.util.logging logger of this class, at INFO. */
        public Builder progress(Consumer<String> progress) {
            options.progress = progress;
            return this;
        }

        /** Starts everything and waits until each service is ready; stops what it started on failure. */
        public LocalStack start() throws IOException {
            LocalStack stack = new LocalStack(options);
            stack.lifecycle.start();
            return stack;
        }
    }
}
