package vn.gov.pressinfo.local;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import vn.gov.pressinfo.local.LocalStack.Service;

/**
 * The packaged services as child JVMs: their environment (database, broker, mail sink, port), start, stop
 * (SIGTERM, then SIGKILL after the stop timeout) and kill, one at a time or all together.
 */
final class ServiceProcesses {

    /** A training start's JVM assembles the AOT cache as it exits: about as long as a start, longer on a busy machine. */
    private static final Duration TRAINING_STOP_TIMEOUT = Duration.ofSeconds(180);

    private final StackOptions config;
    private final Path root;
    private final DataFolder folder;
    private final PortAllocation ports;
    private final Infrastructure infrastructure;
    private final ReadinessWait readiness;
    private final StackLock lock;
    private final Consumer<String> progress;
    /** Guarded by {@link #lock}. */
    private final EnumMap<Service, ChildProcess> running = new EnumMap<>(Service.class);

    ServiceProcesses(StackOptions config, Path root, DataFolder folder, PortAllocation ports, Infrastructure infrastructure,
            ReadinessWait readiness, StackLock lock, Consumer<String> progress) {
        this.config = config;
        this.root = root;
        this.folder = folder;
        this.ports = ports;
        this.infrastructure = infrastructure;
        this.readiness = readiness;
        this.lock = lock;
        this.progress = progress;
    }

    /** Launches every service of the stack without waiting; see {@link #readinessTargets()}. */
    void launchAll() throws IOException {
        for (Service s : config.services) {
            launch(s, Map.of());
        }
    }

    /** The running services and their readiness URLs, by artifact id. */
    Map<String, ReadinessWait.Target> readinessTargets() {
        Map<String, ReadinessWait.Target> targets = new LinkedHashMap<>();
        synchronized (lock) {
            running.forEach((s, p) -> targets.put(s.artifactId(), new ReadinessWait.Target(p, healthUrl(s))));
        }
        return targets;
    }

    /**
     * Training starts (ADR 22): on a JDK with AOT caches, each service whose cache is missing or older than its package
     * starts once until ready, answers the {@link TrainingWorkload} and stops; its JVM writes the cache as it exits.
     * Once per build; the stack then starts from the caches.
     */
    void trainAotCaches() throws IOException {
        List<Service> untrained = config.services.stream().filter(s -> config.serviceRuntime.needsTraining(Jars.service(root, s))).toList();
        if (untrained.isEmpty()) {
            return;
        }
        long t = System.nanoTime();
        progress.accept("Training start of " + untrained.size() + " service(s) on JDK " + config.serviceRuntime.feature()
                + ": once per build, each writes its AOT cache as it stops");
        Map<String, ReadinessWait.Target> targets = new LinkedHashMap<>();
        for (Service s : untrained) {
            Files.deleteIfExists(ServiceRuntime.trainingOutput(Jars.service(root, s)));
            targets.put(s.artifactId(), new ReadinessWait.Target(launch(s, Map.of(), true), healthUrl(s)));
        }
        readiness.await(targets, config.readinessTimeout);
        Map<Service, URI> trained = new EnumMap<>(Service.class);
        untrained.forEach(s -> trained.put(s, ports.baseUrl(s)));
        try {
            progress.accept("Training workload: " + new TrainingWorkload().run(trained));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stopAll(TRAINING_STOP_TIMEOUT);
        for (Service s : untrained) {
            boolean written = ServiceRuntime.keepTrainingOutput(Jars.service(root, s));
            progress.accept(s + (written ? " AOT cache written" : " wrote no AOT cache: it starts without one (see its log)"));
        }
        progress.accept(String.format(Locale.ROOT, "Training starts done in %.1f s", StackLifecycle.seconds(t)));
    }

    private ChildProcess launch(Service s, Map<String, String> extraEnv) throws IOException {
        return launch(s, extraEnv, false);
    }

    private ChildProcess launch(Service s, Map<String, String> extraEnv, boolean training) throws IOException {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("DB_URL", infrastructure.jdbcUrl(s.database()));
        env.put("DB_USER", LocalStack.DB_USER);
        env.put("DB_PASSWORD", LocalStack.DB_PASSWORD);
        env.put("KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafkaBootstrapServers());
        env.put("QUARKUS_HTTP_PORT", Integer.toString(ports.services().get(s)));
        if (config.mail) {
            env.put("QUARKUS_MAILER_HOST", LocalStack.HOST);
            env.put("QUARKUS_MAILER_PORT", Integer.toString(ports.smtp()));
        }
        env.putAll(config.serviceJvmEnv);
        env.putAll(config.env.getOrDefault(s, Map.of()));
        env.putAll(extraEnv);

        Path jar = Jars.service(root, s);
        List<String> command = config.serviceRuntime.command(jar, config.serviceJvmOptions, training);
        ChildProcess child;
        synchronized (lock) {
            lock.ensureOpen();
            if (running.containsKey(s)) {
                throw new IllegalStateException(s + " is already running");
            }
            child = ChildProcess.start(s.artifactId(), command, env, jar.getParent(), logFile(s), folder.pidFile(s.artifactId()));
            running.put(s, child);
        }
        progress.accept("Starting " + s + " (pid " + child.pid() + ") on " + ports.baseUrl(s) + ", log " + display(logFile(s)));
        return child;
    }

    /** Starts a stopped service and waits until it is ready. */
    void start(Service s, Map<String, String> extraEnv) throws IOException {
        if (!config.services.contains(s)) {
            throw new IllegalArgumentException(s + " is not part of this stack");
        }
        ChildProcess child = launch(s, extraEnv);
        readiness.await(Map.of(s.artifactId(), new ReadinessWait.Target(child, healthUrl(s))), config.readinessTimeout);
    }

    /** SIGTERM, then SIGKILL after the stop timeout. */
    void stop(Service s) {
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
        progress.accept(String.format(Locale.ROOT, "Stopped %s in %.1f s%s", s, StackLifecycle.seconds(t), graceful ? "" : " (killed after the timeout)"));
    }

    /** SIGKILL, as a crashed node would die: no shutdown hook, no graceful stop. */
    void kill(Service s) {
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

    boolean anyRunning() {
        synchronized (lock) {
            return !running.isEmpty();
        }
    }

    /** Stops every running service, all asked at once, then waits for each. Call once the stack is marked closed. */
    void close() {
        stopAll(config.stopTimeout);
    }

    private void stopAll(Duration timeout) {
        List<ChildProcess> services;
        synchronized (lock) {
            services = new ArrayList<>(running.values());
            running.clear();
        }
        long t = System.nanoTime();
        services.forEach(ChildProcess::requestStop); // in parallel, then wait for each
        for (ChildProcess child : services) {
            if (!child.awaitStopped(timeout)) {
                progress.accept(child.name() + " did not stop within " + timeout.toSeconds() + " s: killed");
            }
        }
        if (!services.isEmpty()) {
            progress.accept(String.format(Locale.ROOT, "Services stopped (%.1f s)", StackLifecycle.seconds(t)));
        }
    }

    // ------------------------------------------------------------------ where things are

    URI healthUrl(Service s) {
        return URI.create(ports.baseUrl(s) + "/q/health/ready");
    }

    /** PID of a running service, or -1. */
    long pid(Service s) {
        synchronized (lock) {
            ChildProcess child = running.get(s);
            return child == null ? -1 : child.pid();
        }
    }

    Path logFile(Service s) {
        return folder.logFile(s.artifactId());
    }

    private String display(Path p) {
        return p.startsWith(root) ? root.relativize(p).toString() : p.toString();
    }
}
