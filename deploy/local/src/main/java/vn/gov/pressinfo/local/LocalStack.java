package vn.gov.pressinfo.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import vn.gov.pressinfo.testing.KafkaBroker;
import vn.gov.pressinfo.testing.PostgresServer;

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
    private static final String MAIL = "mail-sink";

    private final Builder config;
    private final Path root;
    private final Path dataDir;
    private final Path logDir;
    private final Path runDir;
    private final Consumer<String> progress;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Object lock = new Object();
    private boolean closed;
    private FileChannel lockChannel;
    private FileLock dataLock;
    private Thread shutdownHook;
    private PostgresServer postgres;
    private KafkaBroker kafka;
    private int postgresPortInUse;
    private int kafkaPortInUse;
    private ChildProcess mail;
    private int smtpPort;
    private int imapPort;
    private int mailApiPort;
    private final EnumMap<Service, Integer> ports = new EnumMap<>(Service.class);
    private final EnumMap<Service, ChildProcess> running = new EnumMap<>(Service.class);
    private Duration startupTime;
    private Handler infrastructureLog;

    private LocalStack(Builder config) {
        this.config = config;
        this.root = config.root.toAbsolutePath().normalize();
        this.dataDir = (config.dataDir != null ? config.dataDir : root.resolve(".local")).toAbsolutePath().normalize();
        this.logDir = dataDir.resolve("logs");
        this.runDir = dataDir.resolve("run");
        this.progress = config.progress;
    }

    public static Builder builder() {
        return new Builder();
    }

    // ------------------------------------------------------------------ start

    private LocalStack startAll() throws IOException {
        long t0 = System.nanoTime();
        try {
            Files.createDirectories(runDir);
            acquireDataLock();
            shutdownHook = new Thread(this::closeFromHook, "local-stack-stop");
            Runtime.getRuntime().addShutdownHook(shutdownHook);

            stopLeftovers();
            if (config.reset) {
                wipeDataDirectory();
            }
            Files.createDirectories(logDir);
            logInfrastructureTo(logDir.resolve("infrastructure.log"));
            Path mailJar = config.mail ? greenMailJar() : null;
            for (Service s : config.services) {
                requireFile(serviceJar(s), "the packaged " + s + "; build it with ./mvnw -B -q install -DskipTests");
            }
            resolvePorts();

            progress.accept("Data in " + dataDir + ", logs in " + logDir);
            CompletableFuture<Void> database = CompletableFuture.runAsync(() -> startPostgresServer());
            CompletableFuture<Void> broker = CompletableFuture.runAsync(() -> startKafkaBroker());
            if (mailJar != null) {
                startMail(mailJar);
            }
            join(database);
            join(broker);

            for (Service s : config.services) {
                launch(s, Map.of());
            }
            Map<String, Readiness> pending = new LinkedHashMap<>();
            if (mail != null) {
                pending.put(MAIL, new Readiness(mail, URI.create(mailApiUrl() + "/api/service/readiness")));
            }
            synchronized (lock) {
                running.forEach((s, p) -> pending.put(s.artifactId(), new Readiness(p, healthUrl(s))));
            }
            awaitReady(pending, config.readinessTimeout);
            startupTime = Duration.ofNanos(System.nanoTime() - t0);
            progress.accept(String.format(Locale.ROOT, "All ready in %.1f s", startupTime.toMillis() / 1000.0));
            return this;
        } catch (IOException | RuntimeException | Error e) {
            close();
            throw e;
        }
    }

    /**
     * Kafka, PostgreSQL and the platform log through java.util.logging (SLF4J and JBoss Logging bridged to
     * it): their records at the root logger's level go to this file, whatever the console shows.
     */
    private void logInfrastructureTo(Path file) throws IOException {
        FileHandler handler = new FileHandler(file.toString(), true);
        handler.setEncoding("UTF-8");
        handler.setFormatter(new Formatter() {
            @Override
            public String format(LogRecord r) {
                String thrown = "";
                if (r.getThrown() != null) {
                    java.io.StringWriter w = new java.io.StringWriter();
                    r.getThrown().printStackTrace(new java.io.PrintWriter(w));
                    thrown = System.lineSeparator() + w;
                }
                return String.format(Locale.ROOT, "%1$tF %1$tT.%1$tL %2$-7s [%3$s] %4$s%5$s%n", r.getMillis(), r.getLevel(),
                        r.getLoggerName(), formatMessage(r), thrown);
            }
        });
        infrastructureLog = handler;
        Logger.getLogger("").addHandler(handler);
    }

    private void acquireDataLock() throws IOException {
        lockChannel = FileChannel.open(runDir.resolve("launcher.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        dataLock = lockChannel.tryLock();
        if (dataLock == null) {
            lockChannel.close();
            lockChannel = null;
            throw new IllegalStateException("Another local stack is running with the data folder " + dataDir
                    + " (its lock " + runDir.resolve("launcher.lock") + " is held). Stop it first (Ctrl-C in its terminal).");
        }
    }

    /** Children (and a postmaster) a killed launcher left running with this data folder. */
    private void stopLeftovers() throws IOException {
        for (Service s : Service.values()) {
            report(ChildProcess.stopLeftover(pidFile(s.artifactId()), List.of("quarkus-run.jar", s.artifactId()), config.stopTimeout));
        }
        report(ChildProcess.stopLeftover(pidFile(MAIL), List.of("greenmail-standalone"), config.stopTimeout));
        stopLeftoverPostmaster(dataDir.resolve("postgres"));
    }

    /**
     * PostgresServer stops a leftover postmaster by the PID in postmaster.pid without checking what that
     * PID runs now; check it here first so that a reused PID is never signalled.
     */
    private void stopLeftoverPostmaster(Path pgData) throws IOException {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        String first = Files.readAllLines(pidFile, StandardCharsets.UTF_8).stream().findFirst().orElse("").trim();
        long pid;
        try {
            pid = Long.parseLong(first);
        } catch (NumberFormatException e) {
            return;
        }
        Optional<ProcessHandle> handle = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (handle.isEmpty()) {
            return; // PostgresServer removes the stale file
        }
        String commandLine = ChildProcess.commandLine(pid).orElse("");
        if (!commandLine.contains("postgres") || !commandLine.contains(pgData.toString())) {
            Files.delete(pidFile);
            progress.accept("Removed a stale postmaster.pid: its PID " + pid + " now runs something else, left alone");
            return;
        }
        progress.accept("Stopping PostgreSQL (pid " + pid + ") left running by an earlier launcher");
        handle.get().destroy();
        try {
            handle.get().onExit().get(config.stopTimeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            handle.get().destroyForcibly();
        } catch (java.util.concurrent.ExecutionException e) {
            // not thrown by onExit
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void wipeDataDirectory() throws IOException {
        progress.accept("Reset: deleting " + dataDir);
        Path lockFile = runDir.resolve("launcher.lock");
        try (Stream<Path> paths = Files.walk(dataDir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(lockFile) && !p.equals(runDir) && !p.equals(dataDir)) {
                    Files.delete(p);
                }
            }
        }
    }

    private void resolvePorts() throws IOException {
        List<String> busy = new ArrayList<>();
        // Every port 0 is picked here, in one pass and all different: a port picked for a service and released
        // could otherwise be handed again by the system to the broker or the database started with port 0.
        Set<Integer> picked = new HashSet<>();
        for (Service s : config.services) {
            int port = config.servicePorts.getOrDefault(s, s.defaultPort());
            ports.put(s, checkPort(port, s.artifactId(), busy, picked));
        }
        if (config.mail) {
            smtpPort = checkPort(config.smtpPort, "SMTP", busy, picked);
            imapPort = checkPort(config.imapPort, "IMAP", busy, picked);
            mailApiPort = checkPort(config.mailApiPort, "mail API", busy, picked);
        }
        kafkaPortInUse = checkPort(config.kafkaPort, "Kafka", busy, picked);
        postgresPortInUse = checkPort(config.postgresPort, "PostgreSQL", busy, picked);
        if (!busy.isEmpty()) {
            throw new IllegalStateException("Ports already in use on " + HOST + ": " + String.join(", ", busy)
                    + ". Stop what uses them or choose other ports.");
        }
    }

    private static int checkPort(int port, String what, List<String> busy, Set<Integer> picked) throws IOException {
        if (port == 0) {
            for (int attempt = 0; attempt < 100; attempt++) {
                int free = freePort();
                if (picked.add(free)) {
                    return free;
                }
            }
            throw new IOException("no free port for " + what + " after 100 tries");
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(HOST), port));
        } catch (IOException e) {
            busy.add(port + " (" + what + ")");
        }
        picked.add(port);
        return port;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        }
    }

    private void startPostgresServer() {
        try {
            long t = System.nanoTime();
            // Always in the data directory (throw-away when the stack is not persistent), so that a fault drill
            // can stop and restart the server with its data.
            Path pgData = dataDir.resolve("postgres");
            int port = postgresPortInUse > 0 ? postgresPortInUse : config.postgresPort;
            PostgresServer server = PostgresServer.start(pgData, port, config.persistent, false);
            postgresPortInUse = server.port();
            synchronized (lock) {
                if (closed) {
                    server.close();
                    throw new IllegalStateException("stopped while starting");
                }
                postgres = server;
            }
            for (Service s : config.services) {
                server.createDatabase(s.database());
            }
            progress.accept(String.format(Locale.ROOT, "PostgreSQL 17 on %s:%d (%s) in %.1f s", HOST, server.port(),
                    config.persistent ? "data " + pgData : "throw-away data", seconds(t)));
        } catch (IOException e) {
            throw new UncheckedIOException("could not start PostgreSQL", e);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the service databases", e);
        }
    }

    private void startKafkaBroker() {
        try {
            long t = System.nanoTime();
            int port = kafkaPortInUse > 0 ? kafkaPortInUse : config.kafkaPort;
            KafkaBroker broker = KafkaBroker.start(dataDir.resolve("kafka"), port);
            kafkaPortInUse = broker.port();
            synchronized (lock) {
                if (closed) {
                    broker.close();
                    throw new IllegalStateException("stopped while starting");
                }
                kafka = broker;
            }
            broker.createSuiteTopics();
            progress.accept(String.format(Locale.ROOT, "Kafka broker at %s in %.1f s", broker.bootstrapServers(), seconds(t)));
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the Kafka broker", e);
        }
    }

    private void startMail(Path jar) throws IOException {
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-XX:+UseSerialGC", "-Xmx96m",
                "-Dgreenmail.hostname=" + HOST,
                "-Dgreenmail.smtp.hostname=" + HOST, "-Dgreenmail.smtp.port=" + smtpPort,
                "-Dgreenmail.imap.hostname=" + HOST, "-Dgreenmail.imap.port=" + imapPort,
                // Any recipient gets a mailbox; IMAP accepts the address as login with any password.
                "-Dgreenmail.auth.disabled",
                "-Dgreenmail.api.hostname=" + HOST, "-Dgreenmail.api.port=" + mailApiPort,
                "-jar", jar.toString()));
        synchronized (lock) {
            ensureOpen();
            mail = ChildProcess.start(MAIL, command, Map.of(), logDir.resolve(MAIL + ".log"), pidFile(MAIL));
        }
        progress.accept("Starting the mail sink (GreenMail, pid " + mail.pid() + "): SMTP " + HOST + ":" + smtpPort
                + ", IMAP " + imapPort + ", API " + mailApiUrl());
    }

    private ChildProcess launch(Service s, Map<String, String> extraEnv) throws IOException {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("DB_URL", jdbcUrl(s));
        env.put("DB_USER", DB_USER);
        env.put("DB_PASSWORD", DB_PASSWORD);
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers());
        env.put("QUARKUS_HTTP_PORT", Integer.toString(ports.get(s)));
        if (config.mail) {
            env.put("QUARKUS_MAILER_HOST", HOST);
            env.put("QUARKUS_MAILER_PORT", Integer.toString(smtpPort));
        }
        env.putAll(config.env.getOrDefault(s, Map.of()));
        env.putAll(extraEnv);

        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.add("-Dquarkus.profile=local");
        command.addAll(config.serviceJvmOptions);
        command.add("-jar");
        command.add(serviceJar(s).toString());

        ChildProcess child;
        synchronized (lock) {
            ensureOpen();
            if (running.containsKey(s)) {
                throw new IllegalStateException(s + " is already running");
            }
            child = ChildProcess.start(s.artifactId(), command, env, logFile(s), pidFile(s.artifactId()));
            running.put(s, child);
        }
        progress.accept("Starting " + s + " (pid " + child.pid() + ") on " + baseUrl(s) + ", log " + display(logFile(s)));
        return child;
    }

    private record Readiness(ChildProcess process, URI url) {
    }

    /** Polls each readiness URL until 200, failing at once when a process exits and after {@code timeout} at the latest. */
    private void awaitReady(Map<String, Readiness> pending, Duration timeout) {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        long nextReport = start + Duration.ofSeconds(5).toNanos();
        Map<String, Readiness> waiting = new LinkedHashMap<>(pending);
        while (!waiting.isEmpty()) {
            for (var it = waiting.entrySet().iterator(); it.hasNext();) {
                var entry = it.next();
                ChildProcess p = entry.getValue().process();
                ensureOpen();
                if (!p.isAlive()) {
                    throw new IllegalStateException(entry.getKey() + " exited with code " + p.exitValue() + " while starting. Last lines of "
                            + p.logFile() + ":" + System.lineSeparator() + p.logTail(40));
                }
                if (isUp(entry.getValue().url())) {
                    progress.accept(String.format(Locale.ROOT, "%s ready (%.1f s)", entry.getKey(),
                            Duration.between(p.startedAt(), java.time.Instant.now()).toMillis() / 1000.0));
                    it.remove();
                }
            }
            if (waiting.isEmpty()) {
                return;
            }
            long now = System.nanoTime();
            if (now > deadline) {
                StringBuilder message = new StringBuilder("Not ready after " + timeout.toSeconds() + " s: " + String.join(", ", waiting.keySet()));
                waiting.forEach((name, r) -> message.append(System.lineSeparator()).append("---- last lines of ").append(r.process().logFile())
                        .append(System.lineSeparator()).append(r.process().logTail(40)));
                throw new IllegalStateException(message.toString());
            }
            if (now > nextReport) {
                progress.accept(String.format(Locale.ROOT, "Waiting for %s (%d s)", String.join(", ", waiting.keySet()),
                        Duration.ofNanos(now - start).toSeconds()));
                nextReport = now + Duration.ofSeconds(5).toNanos();
            }
            sleep(250);
        }
    }

    private boolean isUp(URI url) {
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(3)).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    // ------------------------------------------------------------------ one service

    /** Stops one service (SIGTERM, then SIGKILL after the stop timeout). */
    public void stopService(Service s) {
        ChildProcess child;
        synchronized (lock) {
            child = running.remove(s);
        }
        if (child == null) {
            return;
        }
        long t = System.nanoTime();
        child.requestStop();
        boolean graceful = child.awaitStopped(config.stopTimeout);
        progress.accept(String.format(Locale.ROOT, "Stopped %s in %.1f s%s", s, seconds(t), graceful ? "" : " (killed after the timeout)"));
    }

    /**
     * Starts a stopped service and waits until it is ready.
     *
     * @param extraEnv added to (and overriding) the environment given to the builder, e.g.
     *                 {@code MP_MESSAGING_INCOMING_REGISTRY_AGENCIES_GROUP_ID} for a new consumer group
     */
    public void startService(Service s, Map<String, String> extraEnv) throws IOException {
        if (!config.services.contains(s)) {
            throw new IllegalArgumentException(s + " is not part of this stack");
        }
        ChildProcess child = launch(s, extraEnv);
        awaitReady(Map.of(s.artifactId(), new Readiness(child, healthUrl(s))), config.readinessTimeout);
    }

    /** {@link #stopService(Service)} then {@link #startService(Service, Map)}. */
    public void restartService(Service s, Map<String, String> extraEnv) throws IOException {
        stopService(s);
        startService(s, extraEnv);
    }

    // ------------------------------------------------------------------ fault drills

    /** Stops the Kafka broker, keeping its data; the services stay up and must cope. */
    public void stopKafka() {
        KafkaBroker broker;
        synchronized (lock) {
            broker = kafka;
            kafka = null;
        }
        if (broker != null) {
            broker.close();
            progress.accept("Kafka stopped (fault drill)");
        }
    }

    /** Starts the Kafka broker again on the same port with the same data. */
    public void startKafka() {
        synchronized (lock) {
            ensureOpen();
            if (kafka != null) {
                return;
            }
        }
        startKafkaBroker();
    }

    /** Stops PostgreSQL, keeping its data; the services stay up and must cope. */
    public void stopPostgres() throws IOException {
        PostgresServer database;
        synchronized (lock) {
            database = postgres;
            postgres = null;
        }
        if (database != null) {
            database.close();
            progress.accept("PostgreSQL stopped (fault drill)");
        }
    }

    /** Starts PostgreSQL again on the same port with the same data. */
    public void startPostgres() {
        synchronized (lock) {
            ensureOpen();
            if (postgres != null) {
                return;
            }
        }
        startPostgresServer();
    }

    /** Kills a service with SIGKILL, as a crashed node would die: no shutdown hook, no graceful stop. */
    public void killService(Service s) {
        ChildProcess child;
        synchronized (lock) {
            child = running.remove(s);
        }
        if (child == null) {
            return;
        }
        ProcessHandle.of(child.pid()).ifPresent(ProcessHandle::destroyForcibly);
        child.awaitStopped(config.stopTimeout);
        progress.accept("Killed " + s + " (SIGKILL, fault drill)");
    }

    // ------------------------------------------------------------------ where things are

    /** {@code http://127.0.0.1:PORT} of a service. */
    public URI baseUrl(Service s) {
        Integer port = ports.get(s);
        if (port == null) {
            throw new IllegalArgumentException(s + " is not part of this stack");
        }
        return URI.create("http://" + HOST + ":" + port);
    }

    public URI healthUrl(Service s) {
        return URI.create(baseUrl(s) + "/q/health/ready");
    }

    public String jdbcUrl(Service s) {
        return jdbcUrl(s.database());
    }

    public String jdbcUrl(String database) {
        return postgres().jdbcUrl(database);
    }

    public int postgresPort() {
        return postgres().port();
    }

    public String kafkaBootstrapServers() {
        KafkaBroker broker = kafka;
        if (broker == null) {
            throw new IllegalStateException("Kafka is not running");
        }
        return broker.bootstrapServers();
    }

    public int smtpPort() {
        requireMail();
        return smtpPort;
    }

    public int imapPort() {
        requireMail();
        return imapPort;
    }

    /** GreenMail's REST API: {@code /api/user}, {@code /api/user/{address}/messages/INBOX}, {@code /api/mail/purge}. */
    public URI mailApiUrl() {
        requireMail();
        return URI.create("http://" + HOST + ":" + mailApiPort);
    }

    public boolean hasMail() {
        return config.mail;
    }

    public Set<Service> services() {
        return EnumSet.copyOf(config.services);
    }

    /** PID of a running service, or -1. */
    public long pid(Service s) {
        synchronized (lock) {
            ChildProcess child = running.get(s);
            return child == null ? -1 : child.pid();
        }
    }

    /** PID of the mail sink, or -1. */
    public long mailPid() {
        ChildProcess child = mail;
        return child == null ? -1 : child.pid();
    }

    public Path logFile(Service s) {
        return logDir.resolve(s.artifactId() + ".log");
    }

    public Path repositoryRoot() {
        return root;
    }

    public Path dataDirectory() {
        return dataDir;
    }

    public Path logDirectory() {
        return logDir;
    }

    /** From the start of {@link Builder#start()} until every service answered ready. */
    public Duration startupTime() {
        return startupTime;
    }

    // ------------------------------------------------------------------ stop

    private void closeFromHook() {
        synchronized (lock) {
            shutdownHook = null; // cannot be removed while the JVM is shutting down
        }
        close();
    }

    /** Stops services, mail sink, Kafka and PostgreSQL, in that order. Idempotent. */
    @Override
    public void close() {
        List<ChildProcess> services;
        Thread hook;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            services = new ArrayList<>(running.values());
            running.clear();
            hook = shutdownHook;
            shutdownHook = null;
        }
        if (!services.isEmpty() || postgres != null || kafka != null) {
            progress.accept("Stopping the local stack");
        }
        long t = System.nanoTime();
        services.forEach(ChildProcess::requestStop); // in parallel, then wait for each
        for (ChildProcess child : services) {
            if (!child.awaitStopped(config.stopTimeout)) {
                progress.accept(child.name() + " did not stop within " + config.stopTimeout.toSeconds() + " s: killed");
            }
        }
        if (!services.isEmpty()) {
            progress.accept(String.format(Locale.ROOT, "Services stopped (%.1f s)", seconds(t)));
        }
        ChildProcess mailSink = mail;
        if (mailSink != null) {
            mailSink.requestStop();
            mailSink.awaitStopped(config.stopTimeout);
            progress.accept("Mail sink stopped");
        }
        KafkaBroker broker = kafka;
        if (broker != null) {
            try {
                broker.close();
                progress.accept("Kafka stopped");
            } catch (RuntimeException e) {
                progress.accept("Kafka did not stop cleanly: " + e);
            }
        }
        PostgresServer database = postgres;
        if (database != null) {
            try {
                database.close();
                progress.accept("PostgreSQL stopped");
            } catch (IOException | RuntimeException e) {
                progress.accept("PostgreSQL did not stop cleanly: " + e);
            }
        }
        if (infrastructureLog != null) {
            Logger.getLogger("").removeHandler(infrastructureLog);
            infrastructureLog.close();
        }
        releaseDataLock();
        if (hook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down
            }
        }
    }

    private void releaseDataLock() {
        try {
            if (dataLock != null) {
                dataLock.release();
            }
            if (lockChannel != null) {
                lockChannel.close();
            }
        } catch (IOException e) {
            // the lock goes with the process anyway
        }
    }

    // ------------------------------------------------------------------ helpers

    private void ensureOpen() {
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("the local stack is stopping");
            }
        }
    }

    private PostgresServer postgres() {
        PostgresServer server = postgres;
        if (server == null) {
            throw new IllegalStateException("PostgreSQL is not running");
        }
        return server;
    }

    private void requireMail() {
        if (!config.mail) {
            throw new IllegalStateException("this stack runs without the mail sink");
        }
    }

    private Path serviceJar(Service s) {
        return root.resolve(s.artifactId()).resolve("target/quarkus-app/quarkus-run.jar");
    }

    private Path pidFile(String name) {
        return runDir.resolve(name + ".pid");
    }

    /** deploy/local/target/greenmail (copied by the build), else the local Maven repository. */
    private Path greenMailJar() {
        if (config.greenMailJar != null) {
            return requireFile(config.greenMailJar, "the GreenMail standalone jar");
        }
        Path built = root.resolve("deploy/local/target/greenmail/greenmail-standalone.jar");
        if (Files.isRegularFile(built)) {
            return built;
        }
        String version = buildProperties().getProperty("greenmail.version");
        Path m2 = Path.of(System.getProperty("user.home"), ".m2", "repository", "com", "icegreen", "greenmail-standalone", version,
                "greenmail-standalone-" + version + ".jar");
        if (Files.isRegularFile(m2)) {
            return m2;
        }
        return requireFile(built, "the GreenMail standalone jar; build deploy/local with ./mvnw -B -q install -DskipTests");
    }

    private static Properties buildProperties() {
        Properties p = new Properties();
        try (InputStream in = LocalStack.class.getResourceAsStream("/pressinfo-local.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static Path requireFile(Path file, String what) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("Missing " + file + " (" + what + ")");
        }
        return file;
    }

    private String display(Path p) {
        return p.startsWith(root) ? root.relativize(p).toString() : p.toString();
    }

    private void report(String message) {
        if (message != null) {
            progress.accept(message);
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static void join(CompletableFuture<Void> future) throws IOException {
        try {
            future.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException io) {
                throw new IOException(io.getMessage(), io.getCause());
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    // ------------------------------------------------------------------ builder

    /** Options of a local stack; every port may be 0 for a free one. */
    public static final class Builder {
        private Path root = Path.of(System.getProperty("pressinfo.root", "."));
        private Path dataDir;
        private boolean persistent = true;
        private boolean reset;
        private int postgresPort = 15432;
        private int kafkaPort = 19092;
        private boolean mail = true;
        private int smtpPort = 2525;
        private int imapPort = 2143;
        private int mailApiPort = 8025;
        private Path greenMailJar;
        private final EnumMap<Service, Integer> servicePorts = new EnumMap<>(Service.class);
        private final EnumSet<Service> services = EnumSet.allOf(Service.class);
        private final EnumMap<Service, Map<String, String>> env = new EnumMap<>(Service.class);
        private List<String> serviceJvmOptions = List.of("-XX:+UseSerialGC", "-Xmx256m");
        private Duration readinessTimeout = Duration.ofSeconds(120);
        private Duration stopTimeout = Duration.ofSeconds(20);
        /** Progress goes to the log unless a caller (the {@code up} command line) shows it elsewhere. */
        private Consumer<String> progress = line -> Logger.getLogger(LocalStack.class.getName()).info(line);

        private Builder() {
        }

        /** The repository checkout whose {@code <service>/target/quarkus-app} jars are started. */
        public Builder repositoryRoot(Path root) {
            this.root = root;
            return this;
        }

        /** Where PostgreSQL, Kafka, logs and PID files live; default {@code <root>/.local}. */
        public Builder dataDirectory(Path dataDir) {
            this.dataDir = dataDir;
            return this;
        }

        /**
         * False for tests: PostgreSQL and Kafka keep their data in throw-away folders (PostgreSQL without
         * fsync); logs and PID files still go to the data folder. Default true.
         */
        public Builder persistent(boolean persistent) {
            this.persistent = persistent;
            return this;
        }

        /** Deletes the data folder's content first (after stopping what an earlier run left). */
        public Builder reset(boolean reset) {
            this.reset = reset;
            return this;
        }

        public Builder postgresPort(int port) {
            this.postgresPort = port;
            return this;
        }

        public Builder kafkaPort(int port) {
            this.kafkaPort = port;
            return this;
        }

        public Builder smtpPort(int port) {
            this.smtpPort = port;
            return this;
        }

        public Builder imapPort(int port) {
            this.imapPort = port;
            return this;
        }

        /** Port of GreenMail's REST API (and its web page). */
        public Builder mailApiPort(int port) {
            this.mailApiPort = port;
            return this;
        }

        /** Whether to start the mail sink; default true. */
        public Builder mail(boolean mail) {
            this.mail = mail;
            return this;
        }

        public Builder greenMailJar(Path jar) {
            this.greenMailJar = jar;
            return this;
        }

        public Builder servicePort(Service s, int port) {
            servicePorts.put(s, port);
            return this;
        }

        /** Every port 0: the stack picks free ones (tests). */
        public Builder freePorts() {
            postgresPort = 0;
            kafkaPort = 0;
            smtpPort = 0;
            imapPort = 0;
            mailApiPort = 0;
            for (Service s : Service.values()) {
                servicePorts.put(s, 0);
            }
            return this;
        }

        /** Which services to start; default all four. */
        public Builder services(Collection<Service> which) {
            if (which.isEmpty()) {
                throw new IllegalArgumentException("at least one service");
            }
            services.clear();
            services.addAll(which);
            return this;
        }

        public Builder services(Service first, Service... more) {
            return services(EnumSet.of(first, more));
        }

        /** Extra environment of one service (overrides the stack's own variables). */
        public Builder env(Service s, String name, String value) {
            env.computeIfAbsent(s, k -> new LinkedHashMap<>()).put(name, value);
            return this;
        }

        public Builder env(Service s, Map<String, String> variables) {
            env.computeIfAbsent(s, k -> new LinkedHashMap<>()).putAll(variables);
            return this;
        }

        /** JVM options of each service after {@code -Dquarkus.profile=local}; default SerialGC and 256 MB heap. */
        public Builder serviceJvmOptions(List<String> options) {
            this.serviceJvmOptions = List.copyOf(options);
            return this;
        }

        public Builder readinessTimeout(Duration timeout) {
            this.readinessTimeout = timeout;
            return this;
        }

        /** How long a service gets after SIGTERM before it is killed. */
        public Builder stopTimeout(Duration timeout) {
            this.stopTimeout = timeout;
            return this;
        }

        /** Where progress lines go; default standard output with a {@code [local]} prefix. */
        public Builder progress(Consumer<String> progress) {
            this.progress = progress;
            return this;
        }

        /** Starts everything and waits until each service is ready; stops what it started on failure. */
        public LocalStack start() throws IOException {
            return new LocalStack(this).startAll();
        }
    }
}
