package vn.gov.pressinfo.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

import vn.gov.pressinfo.embedded.KafkaBroker;
import vn.gov.pressinfo.embedded.PostgresServer;
import vn.gov.pressinfo.local.LocalStack.Service;

/**
 * What the services need around them: PostgreSQL (one database per service) and the Kafka broker in this
 * JVM, and the mail sink (GreenMail standalone) as a child process. PostgreSQL and Kafka can be stopped and
 * started again with their data and ports, for fault drills.
 */
final class Infrastructure {

    /** Name of the mail sink's log and PID files and of its readiness line. */
    static final String MAIL_SINK = "mail-sink";

    private final StackOptions config;
    private final DataFolder folder;
    private final PortAllocation ports;
    private final StackLock lock;
    private final Consumer<String> progress;
    private int postgresPort;
    private int kafkaPort;
    private PostgresServer postgres;
    private KafkaBroker kafka;
    private ChildProcess mail;

    Infrastructure(StackOptions config, DataFolder folder, PortAllocation ports, StackLock lock, Consumer<String> progress) {
        this.config = config;
        this.folder = folder;
        this.ports = ports;
        this.lock = lock;
        this.progress = progress;
        this.postgresPort = ports.postgres();
        this.kafkaPort = ports.kafka();
    }

    /** PostgreSQL and Kafka in parallel, the mail sink meanwhile (null {@code mailJar}: none); waits for the first two only. */
    void start(Path mailJar) throws IOException {
        CompletableFuture<Void> database = CompletableFuture.runAsync(this::startPostgresServer);
        CompletableFuture<Void> broker = CompletableFuture.runAsync(this::startKafkaBroker);
        if (mailJar != null) {
            startMail(mailJar);
        }
        join(database);
        join(broker);
    }

    /** Starts PostgreSQL again on the same port with the same data, unless it runs. */
    void startPostgres() {
        synchronized (lock) {
            lock.ensureOpen();
            if (postgres != null) {
                return;
            }
        }
        startPostgresServer();
    }

    /** Starts the Kafka broker again on the same port with the same data, unless it runs. */
    void startKafka() {
        synchronized (lock) {
            lock.ensureOpen();
            if (kafka != null) {
                return;
            }
        }
        startKafkaBroker();
    }

    /** PostgreSQL with a database per service; closed again if the stack began stopping meanwhile. */
    private void startPostgresServer() {
        try {
            long t = System.nanoTime();
            // Always in the data directory (throw-away when the stack is not persistent), so that a fault drill
            // can stop and restart the server with its data.
            Path pgData = folder.directory().resolve("postgres");
            PostgresServer server = PostgresServer.start(pgData, postgresPort, config.persistent, false);
            postgresPort = server.port();
            synchronized (lock) {
                if (lock.isClosed()) {
                    server.close();
                    throw new IllegalStateException("stopped while starting");
                }
                postgres = server;
            }
            for (Service s : config.services) {
                server.createDatabase(s.database());
            }
            progress.accept(String.format(Locale.ROOT, "PostgreSQL 17 on %s:%d (%s) in %.1f s", LocalStack.HOST, server.port(),
                    config.persistent ? "data " + pgData : "throw-away data", StackLifecycle.seconds(t)));
        } catch (IOException e) {
            throw new UncheckedIOException("could not start PostgreSQL", e);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the service databases", e);
        }
    }

    /** The broker with the suite's topics; closed again if the stack began stopping meanwhile. */
    private void startKafkaBroker() {
        try {
            long t = System.nanoTime();
            KafkaBroker broker = KafkaBroker.start(folder.directory().resolve("kafka"), kafkaPort);
            kafkaPort = broker.port();
            synchronized (lock) {
                if (lock.isClosed()) {
                    broker.close();
                    throw new IllegalStateException("stopped while starting");
                }
                kafka = broker;
            }
            broker.createSuiteTopics();
            progress.accept(String.format(Locale.ROOT, "Kafka broker at %s in %.1f s", broker.bootstrapServers(), StackLifecycle.seconds(t)));
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the Kafka broker", e);
        }
    }

    private void startMail(Path jar) throws IOException {
        String host = LocalStack.HOST;
        List<String> command = new ArrayList<>(List.of(Jars.javaExecutable(), "-XX:+UseSerialGC", "-Xmx96m",
                "-Dgreenmail.hostname=" + host,
                "-Dgreenmail.smtp.hostname=" + host, "-Dgreenmail.smtp.port=" + ports.smtp(),
                "-Dgreenmail.imap.hostname=" + host, "-Dgreenmail.imap.port=" + ports.imap(),
                // Any recipient gets a mailbox; IMAP accepts the address as login with any password.
                "-Dgreenmail.auth.disabled",
                "-Dgreenmail.api.hostname=" + host, "-Dgreenmail.api.port=" + ports.mailApi(),
                "-jar", jar.toString()));
        synchronized (lock) {
            lock.ensureOpen();
            mail = ChildProcess.start(MAIL_SINK, command, Map.of(), folder.logFile(MAIL_SINK), folder.pidFile(MAIL_SINK));
        }
        progress.accept("Starting the mail sink (GreenMail, pid " + mail.pid() + "): SMTP " + host + ":" + ports.smtp()
                + ", IMAP " + ports.imap() + ", API " + mailApiUrl());
    }

    /** What to wait for before the mail sink counts as ready; empty without a mail sink. */
    Optional<ReadinessWait.Target> mailSinkReadiness() {
        ChildProcess sink = mail;
        return sink == null ? Optional.empty()
                : Optional.of(new ReadinessWait.Target(sink, URI.create(mailApiUrl() + "/api/service/readiness")));
    }

    /** Stops the Kafka broker, keeping its data; the services stay up and must cope. */
    void stopKafka() {
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

    /** Stops PostgreSQL, keeping its data; the services stay up and must cope. */
    void stopPostgres() throws IOException {
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

    // ------------------------------------------------------------------ where things are

    String jdbcUrl(String database) {
        return runningPostgres().jdbcUrl(database);
    }

    int postgresPort() {
        return runningPostgres().port();
    }

    String kafkaBootstrapServers() {
        KafkaBroker broker = kafka;
        if (broker == null) {
            throw new IllegalStateException("Kafka is not running");
        }
        return broker.bootstrapServers();
    }

    int smtpPort() {
        requireMail();
        return ports.smtp();
    }

    int imapPort() {
        requireMail();
        return ports.imap();
    }

    URI mailApiUrl() {
        requireMail();
        return URI.create("http://" + LocalStack.HOST + ":" + ports.mailApi());
    }

    /** PID of the mail sink, or -1. */
    long mailPid() {
        ChildProcess child = mail;
        return child == null ? -1 : child.pid();
    }

    boolean databaseOrBrokerRunning() {
        return postgres != null || kafka != null;
    }

    // ------------------------------------------------------------------ stop

    /** Stops the mail sink, Kafka and PostgreSQL, in that order; reports what did not stop cleanly. */
    void close() {
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
    }

    private PostgresServer runningPostgres() {
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

    /** Waits for a start that runs in parallel; its failure is thrown here as it would have been in line. */
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
}
