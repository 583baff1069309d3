package vn.gov.pressinfo.local;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
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

    private ChildProcess launch(Service s, Map<String, String> extraEnv) throws IOException {
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
        Path archive = Jars.appCdsArchive(jar);
        List<String> command = new ArrayList<>();
        command.add(Jars.javaExecutable());
        command.add("-Dquarkus.profile=local");
        command.addAll(config.serviceJvmOptions);
        Path workingDirectory = null;
        if (archive != null) {
            // The AppCDS archive the build made (quarkus.package.jar.appcds.enabled) holds the class path as the
            // build ran it: quarkus-run.jar relative to the quarkus-app folder. A JVM other than the one that built
            // it ignores the archive with a warning and starts without it.
            command.add("-XX:SharedArchiveFile=" + archive);
            command.add("-jar");
            command.add(jar.getFileName().toString());
            workingDirectory = jar.getParent();
        } else {
            command.add("-jar");
            command.add(jar.toString());
        }

        ChildProcess child;
        synchronized (lock) {
            lock.ensureOpen();
            if (running.containsKey(s)) {
                throw new IllegalStateException(s + " is already running");
            }
            child = ChildProcess.start(s.artifactId(), command, env, workingDirectory, logFile(s), folder.pidFile(s.artifactId()));
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
        List<ChildProcess> services;
        synchronized (lock) {
            services = new ArrayList<>(running.values());
            running.clear();
        }
        long t = System.nanoTime();
        services.forEach(ChildProcess::requestStop); // in parallel, then wait for each
        for (ChildProcess child : services) {
            if (!child.awaitStopped(config.stopTimeout)) {
                progress.accept(child.name() + " did not stop within " + config.stopTimeout.toSeconds() + " s: killed");
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
